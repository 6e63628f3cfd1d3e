using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class WorkItemRecordConfiguration : IEntityTypeConfiguration<WorkItemRecord>
{
    public void Configure(EntityTypeBuilder<WorkItemRecord> builder)
    {
        builder.ToTable("WorkItems");
        builder.HasKey(w => w.Id);
        builder.HasIndex(w => new { w.CaseId, w.Sequence }).IsUnique();
        builder.Property(w => w.DefinitionId).HasMaxLength(64);
        builder.Property(w => w.StepId).HasMaxLength(64);
        builder.Property(w => w.LaneId).HasMaxLength(64);
        builder.Property(w => w.Roles).HasMaxLength(200);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(8);
        builder.Property(w => w.ActorUserId).HasMaxLength(64);
        builder.Property(w => w.ActorName).HasMaxLength(200);
        builder.Property(w => w.ActingAs).HasMaxLength(64);
        builder.Property(w => w.OutcomeId).HasMaxLength(64);
        builder.Property(w => w.HolderUserId).HasMaxLength(64);
        builder.Property(w => w.HolderName).HasMaxLength(200);
        builder.Property(w => w.HoldKind).HasMaxLength(16);
        builder.Property(w => w.HeldByUserId).HasMaxLength(64);
        builder.Property(w => w.HeldByName).HasMaxLength(200);
        builder.Property(w => w.Instruction).HasMaxLength(2000);
        builder.Property(w => w.SlaState).HasMaxLength(16);
        builder.Property(w => w.Version).IsConcurrencyToken();
        // The inbox: open items in due order, with every column the inbox filters on, so a query walks this small
        // partial index in order, tests lanes and filters without touching the table, and stops at the page size.
        builder.HasIndex(w => new { w.Status, w.DueAt, w.ArrivedAt, w.Roles, w.HolderUserId, w.DefinitionId, w.StepId })
            .HasFilter("\"Status\" = 'Open'").HasDatabaseName("IX_WorkItems_Open_Inbox");
        // Finished steps by SOP, step and time (dashboards). Partial on Done so a query about open items never wanders into history.
        builder.HasIndex(w => new { w.DefinitionId, w.StepId, w.DoneAt }).HasFilter("\"Status\" = 'Done'").HasDatabaseName("IX_WorkItems_Done_Step");
        // Items held by (disposed or reassigned to) one officer, for their inbox.
        builder.HasIndex(w => w.HolderUserId).HasFilter("\"Status\" = 'Open'").HasDatabaseName("IX_WorkItems_Open_Holder");
    }
}
