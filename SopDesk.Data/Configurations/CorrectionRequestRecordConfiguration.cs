using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class CorrectionRequestRecordConfiguration : IEntityTypeConfiguration<CorrectionRequestRecord>
{
    public void Configure(EntityTypeBuilder<CorrectionRequestRecord> builder)
    {
        builder.ToTable("CorrectionRequests");
        builder.HasKey(c => c.Id);
        builder.HasOne<PublicAccountRecord>().WithMany().HasForeignKey(c => c.AccountId);
        builder.Property(c => c.Text).HasMaxLength(2000);
        builder.Property(c => c.AnsweredByUserId).HasMaxLength(64);
        builder.Property(c => c.Answer).HasMaxLength(2000);
        builder.HasIndex(c => new { c.AccountId, c.CreatedAt });
    }
}
