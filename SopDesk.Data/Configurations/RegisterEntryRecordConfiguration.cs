using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class RegisterEntryRecordConfiguration : IEntityTypeConfiguration<RegisterEntryRecord>
{
    public void Configure(EntityTypeBuilder<RegisterEntryRecord> builder)
    {
        builder.ToTable("RegisterEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.RegisterId).HasMaxLength(64);
        builder.Property(e => e.DefinitionId).HasMaxLength(64);
        builder.Property(e => e.Number).HasMaxLength(100);
        builder.Property(e => e.CaseNumber).HasMaxLength(40);
        builder.Property(e => e.AssignedByUserId).HasMaxLength(64);
        builder.Property(e => e.AssignedByName).HasMaxLength(200);
        builder.Property(e => e.ApplicantName).HasMaxLength(200);
        builder.Property(e => e.Nik).HasMaxLength(16);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.CancelledByName).HasMaxLength(200);
        builder.Property(e => e.Document).HasMaxLength(32);
        builder.Property(e => e.VerificationToken).HasMaxLength(32);
        builder.Property(e => e.SignedByUserId).HasMaxLength(64);
        builder.Property(e => e.SignedByName).HasMaxLength(200);
        builder.Property(e => e.SignedAs).HasMaxLength(64);
        builder.Property(e => e.Version).IsConcurrencyToken();
        // A number is given once per register and year; a berkas has at most one active line per register.
        builder.HasIndex(e => new { e.RegisterId, e.Year, e.Sequence }).IsUnique();
        // Number first: the same uniqueness, and the one index also serves a lookup by number alone (the API's document
        // check, decision 047), which does not know the register.
        builder.HasIndex(e => new { e.Number, e.RegisterId }).IsUnique();
        builder.HasIndex(e => new { e.RegisterId, e.CaseId }).IsUnique().HasFilter("\"Status\" = 'Active'");
        builder.HasIndex(e => new { e.RegisterId, e.AssignedAt });
        builder.HasIndex(e => e.CaseId);
        builder.HasIndex(e => e.VerificationToken).IsUnique();
    }
}
