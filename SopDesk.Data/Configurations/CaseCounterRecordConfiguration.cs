using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class CaseCounterRecordConfiguration : IEntityTypeConfiguration<CaseCounterRecord>
{
    public void Configure(EntityTypeBuilder<CaseCounterRecord> builder)
    {
        builder.ToTable("CaseCounters");
        builder.HasKey(c => new { c.Prefix, c.Year });
        builder.Property(c => c.Prefix).HasMaxLength(40);
    }
}
