using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class CaseRecordConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    public void Configure(EntityTypeBuilder<CaseRecord> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Number).HasMaxLength(40);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.DefinitionId).HasMaxLength(64);
        builder.Property(c => c.DefinitionHash).HasMaxLength(64);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.EndId).HasMaxLength(64);
        builder.Property(c => c.ApplicantName).HasMaxLength(200);
        builder.Property(c => c.Nik).HasMaxLength(16);
        builder.Property(c => c.CurrentStepId).HasMaxLength(64);
        builder.Property(c => c.CurrentLaneId).HasMaxLength(64);
        builder.Property(c => c.StartedByUserId).HasMaxLength(64);
        builder.HasIndex(c => new { c.DefinitionId, c.StartedAt });
        builder.HasIndex(c => new { c.Status, c.StartedAt });
        builder.HasIndex(c => c.StartedAt);
        builder.HasIndex(c => c.Nik);
        // The inbox search (nomor, NIK, nama) scans the open berkas only: a few tens of thousands of short entries
        // instead of one wide Cases row per candidate item. Status leads so the index covers the query's filter.
        builder.HasIndex(c => new { c.Status, c.Number, c.Nik, c.ApplicantName, c.Id })
            .HasFilter("\"Status\" <> 'Closed'").HasDatabaseName("IX_Cases_Open_Search");
        builder.HasMany(c => c.WorkItems).WithOne(w => w.Case).HasForeignKey(w => w.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
