using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class RegisterExportRecordConfiguration : IEntityTypeConfiguration<RegisterExportRecord>
{
    public void Configure(EntityTypeBuilder<RegisterExportRecord> builder)
    {
        builder.ToTable("RegisterExports");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.UserId).HasMaxLength(64);
        builder.Property(e => e.RegisterId).HasMaxLength(64);
        builder.Property(e => e.Filter).HasMaxLength(2000);
        builder.Property(e => e.FileName).HasMaxLength(200);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Error).HasMaxLength(500);
        // The cleanup's sweep: old jobs, and running ones whose node stopped.
        builder.HasIndex(e => e.StartedAt);
    }
}
