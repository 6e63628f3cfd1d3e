using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class AbsenceRecordConfiguration : IEntityTypeConfiguration<AbsenceRecord>
{
    public void Configure(EntityTypeBuilder<AbsenceRecord> builder)
    {
        builder.ToTable("Absences");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Role).HasMaxLength(40);
        builder.Property(a => a.AbsentUserId).HasMaxLength(64);
        builder.Property(a => a.ActingUserId).HasMaxLength(64);
        builder.Property(a => a.CreatedByUserId).HasMaxLength(64);
        builder.HasIndex(a => new { a.Role, a.From, a.To });
    }
}
