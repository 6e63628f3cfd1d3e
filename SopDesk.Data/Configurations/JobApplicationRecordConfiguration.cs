using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class JobApplicationRecordConfiguration : IEntityTypeConfiguration<JobApplicationRecord>
{
    public void Configure(EntityTypeBuilder<JobApplicationRecord> builder)
    {
        builder.ToTable("JobApplications");
        builder.HasKey(a => a.Id);
        builder.HasOne<VacancyRecord>().WithMany().HasForeignKey(a => a.VacancyId);
        builder.HasOne<JobSeekerProfileRecord>().WithMany().HasForeignKey(a => a.ProfileId);
        builder.HasOne<PublicAccountRecord>().WithMany().HasForeignKey(a => a.AccountId);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Message).HasMaxLength(500);
        builder.HasIndex(a => new { a.VacancyId, a.ProfileId }).IsUnique();
        builder.HasIndex(a => new { a.AccountId, a.AppliedAt });
    }
}
