using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class SlaBreachRecordConfiguration : IEntityTypeConfiguration<SlaBreachRecord>
{
    public void Configure(EntityTypeBuilder<SlaBreachRecord> builder)
    {
        builder.ToTable("SlaBreaches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Key).HasMaxLength(48);
        builder.HasIndex(b => b.Key).IsUnique();
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.DefinitionId).HasMaxLength(64);
        builder.Property(b => b.StepId).HasMaxLength(64);
        builder.Property(b => b.LaneId).HasMaxLength(64);
        builder.Property(b => b.Target).HasMaxLength(64);
        builder.Property(b => b.HolderUserId).HasMaxLength(64);
        builder.Property(b => b.HolderName).HasMaxLength(200);
        builder.Property(b => b.EscalatedToRole).HasMaxLength(64);
        builder.HasIndex(b => b.CaseId);
        builder.HasIndex(b => new { b.DefinitionId, b.DueAt });
        // The watcher's escalation pass: breaches not yet escalated.
        builder.HasIndex(b => b.DueAt).HasFilter("\"EscalatedAt\" IS NULL").HasDatabaseName("IX_SlaBreaches_NotEscalated");
    }
}
