using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class PlacementRecordConfiguration : IEntityTypeConfiguration<PlacementRecord>
{
    public void Configure(EntityTypeBuilder<PlacementRecord> builder)
    {
        builder.ToTable("Placements");
        builder.HasKey(p => p.Id);
        builder.HasOne<VacancyRecord>().WithMany().HasForeignKey(p => p.VacancyId);
        builder.HasOne<JobSeekerProfileRecord>().WithMany().HasForeignKey(p => p.ProfileId);
        builder.HasOne<JobApplicationRecord>().WithMany().HasForeignKey(p => p.ApplicationId);
        builder.HasOne<PublicAccountRecord>().WithMany().HasForeignKey(p => p.EmployerAccountId);
        builder.Property(p => p.Nik).HasMaxLength(16);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Position).HasMaxLength(100);
        builder.Property(p => p.CompanyName).HasMaxLength(150);
        builder.Property(p => p.Sector).HasMaxLength(1);
        builder.Property(p => p.Location).HasMaxLength(60);
        builder.Property(p => p.ReportedBy).HasMaxLength(450);
        builder.Property(p => p.ReportedByName).HasMaxLength(150);
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(p => p.StartedOn);
        builder.HasIndex(p => p.VacancyId);
        // One placement per AK1 holder and vacancy: a double click or a report by both sides records one.
        builder.HasIndex(p => new { p.ProfileId, p.VacancyId }).IsUnique().HasFilter("\"ProfileId\" IS NOT NULL AND \"VacancyId\" IS NOT NULL");
    }
}
