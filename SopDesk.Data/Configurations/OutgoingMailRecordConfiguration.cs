using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class OutgoingMailRecordConfiguration : IEntityTypeConfiguration<OutgoingMailRecord>
{
    public void Configure(EntityTypeBuilder<OutgoingMailRecord> builder)
    {
        builder.ToTable("OutgoingMails");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.To).HasMaxLength(254);
        builder.Property(m => m.Subject).HasMaxLength(200);
        builder.Property(m => m.TextBody).HasMaxLength(20_000);
        builder.Property(m => m.Kind).HasMaxLength(40);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        // The dispatcher's query: unsent, not given up, due now.
        builder.HasIndex(m => new { m.SentAt, m.GaveUp, m.NextAttemptAt });
        builder.HasIndex(m => m.CaseId);
    }
}
