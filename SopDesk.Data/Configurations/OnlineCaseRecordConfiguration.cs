using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class OnlineCaseRecordConfiguration : IEntityTypeConfiguration<OnlineCaseRecord>
{
    public void Configure(EntityTypeBuilder<OnlineCaseRecord> builder)
    {
        builder.ToTable("OnlineCases");
        builder.HasKey(o => o.CaseId);
        builder.HasOne<CaseRecord>().WithOne().HasForeignKey<OnlineCaseRecord>(o => o.CaseId);
        builder.HasOne<PublicAccountRecord>().WithMany().HasForeignKey(o => o.AccountId);
        builder.Property(o => o.ContactName).HasMaxLength(100);
        builder.Property(o => o.ContactEmail).HasMaxLength(254);
        builder.Property(o => o.StatusToken).HasMaxLength(43);
        builder.Property(o => o.Purpose).HasMaxLength(24);
        builder.Property(o => o.DefinitionId).HasMaxLength(64);
        builder.HasIndex(o => o.StatusToken).IsUnique();
        builder.HasIndex(o => new { o.AccountId, o.SubmittedAt });
        builder.HasIndex(o => new { o.DefinitionId, o.SubmittedAt });
    }
}
