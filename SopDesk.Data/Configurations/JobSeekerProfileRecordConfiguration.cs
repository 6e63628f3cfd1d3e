using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class JobSeekerProfileRecordConfiguration : IEntityTypeConfiguration<JobSeekerProfileRecord>
{
    public void Configure(EntityTypeBuilder<JobSeekerProfileRecord> builder)
    {
        builder.ToTable("JobSeekerProfiles");
        builder.HasKey(p => p.Id);
        builder.HasOne<CaseRecord>().WithOne().HasForeignKey<JobSeekerProfileRecord>(p => p.CaseId);
        builder.Property(p => p.Ak1Number).HasMaxLength(64);
        builder.Property(p => p.Nik).HasMaxLength(16);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Gender).HasMaxLength(16);
        builder.Property(p => p.Major).HasMaxLength(100);
        builder.Property(p => p.Skills).HasMaxLength(200);
        builder.Property(p => p.WishedPositions).HasMaxLength(200);
        builder.Property(p => p.WishedLocation).HasMaxLength(60);
        builder.Property(p => p.Phone).HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(p => p.CaseId).IsUnique();
        builder.HasIndex(p => new { p.Status, p.Education });
        builder.HasIndex(p => p.Nik);
        builder.HasIndex(p => p.AccountId);
    }
}
