using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class StepTimeRollupRecordConfiguration : IEntityTypeConfiguration<StepTimeRollupRecord>
{
    public void Configure(EntityTypeBuilder<StepTimeRollupRecord> builder)
    {
        builder.ToTable("StepTimeRollups");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).WithoutAutoincrement(); // nothing refers to a rollup row by its id (decision 038)
        builder.Property(r => r.DefinitionId).HasMaxLength(64);
        builder.Property(r => r.StepId).HasMaxLength(64);
        builder.Property(r => r.LaneId).HasMaxLength(64);
        builder.Property(r => r.ActorKey).HasMaxLength(64);
        builder.Property(r => r.Period).HasConversion<string>().HasMaxLength(8);
        // The dashboard's read: one SOP, one officer key, one kind of period, a range of periods.
        builder.HasIndex(r => new { r.DefinitionId, r.ActorKey, r.Period, r.PeriodStart, r.StepId, r.LaneId }).IsUnique();
    }
}
