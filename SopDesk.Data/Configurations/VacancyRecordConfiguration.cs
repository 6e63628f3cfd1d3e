using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class VacancyRecordConfiguration : IEntityTypeConfiguration<VacancyRecord>
{
    public void Configure(EntityTypeBuilder<VacancyRecord> builder)
    {
        builder.ToTable("Vacancies");
        builder.HasKey(v => v.Id);
        builder.HasOne<CaseRecord>().WithOne().HasForeignKey<VacancyRecord>(v => v.CaseId);
        builder.HasOne<PublicAccountRecord>().WithMany().HasForeignKey(v => v.EmployerAccountId);
        builder.Property(v => v.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.RecordedByUserId).HasMaxLength(450);
        builder.Property(v => v.CompanyName).HasMaxLength(150);
        builder.Property(v => v.Sector).HasMaxLength(1);
        builder.Property(v => v.ContactName).HasMaxLength(150);
        builder.Property(v => v.ContactPhone).HasMaxLength(20);
        builder.Property(v => v.ContactEmail).HasMaxLength(254);
        builder.Property(v => v.Position).HasMaxLength(100);
        builder.Property(v => v.Description).HasMaxLength(4000);
        builder.Property(v => v.Location).HasMaxLength(60);
        builder.Property(v => v.Majors).HasMaxLength(300);
        builder.Property(v => v.Skills).HasMaxLength(500);
        builder.Property(v => v.AgeReason).HasMaxLength(300);
        builder.Property(v => v.Gender).HasMaxLength(16);
        builder.Property(v => v.GenderReason).HasMaxLength(300);
        builder.Property(v => v.RegisterNumber).HasMaxLength(64);
        builder.HasIndex(v => v.CaseId).IsUnique();
        builder.HasIndex(v => new { v.Status, v.ClosesOn });
        builder.HasIndex(v => new { v.EmployerAccountId, v.CreatedAt });
        builder.HasIndex(v => v.PublishedAt);
    }
}
