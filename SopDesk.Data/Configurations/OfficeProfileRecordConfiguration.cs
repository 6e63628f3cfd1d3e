using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class OfficeProfileRecordConfiguration : IEntityTypeConfiguration<OfficeProfileRecord>
{
    public void Configure(EntityTypeBuilder<OfficeProfileRecord> builder)
    {
        builder.ToTable("OfficeProfile");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.OfficeName).HasMaxLength(200);
        builder.Property(o => o.Government).HasMaxLength(200);
        builder.Property(o => o.Dinas).HasMaxLength(200);
        builder.Property(o => o.Address).HasMaxLength(300);
        builder.Property(o => o.City).HasMaxLength(100);
        builder.Property(o => o.HeadRole).HasMaxLength(100);
        builder.Property(o => o.RegisterSignerRole).HasMaxLength(100);
        builder.Property(o => o.ReportRecipientRole).HasMaxLength(100);
    }
}
