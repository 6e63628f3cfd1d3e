using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class JournalRecordConfiguration : IEntityTypeConfiguration<JournalRecord>
{
    public void Configure(EntityTypeBuilder<JournalRecord> builder)
    {
        builder.ToTable("Journal");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedOnAdd().WithoutAutoincrement(); // append-only: largest id + 1 never repeats (decision 038)
        builder.Property(j => j.ActorUserId).HasMaxLength(64);
        builder.Property(j => j.ActorName).HasMaxLength(200);
        builder.Property(j => j.ActingAs).HasMaxLength(64);
        builder.Property(j => j.Action).HasMaxLength(40);
        builder.Property(j => j.StepId).HasMaxLength(64);
        builder.Property(j => j.OutcomeId).HasMaxLength(64);
        builder.Property(j => j.IpAddress).HasMaxLength(64);
        builder.HasIndex(j => new { j.CaseId, j.Id });
        builder.HasIndex(j => j.At);
    }
}
