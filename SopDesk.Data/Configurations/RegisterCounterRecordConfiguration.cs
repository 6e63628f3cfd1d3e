using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class RegisterCounterRecordConfiguration : IEntityTypeConfiguration<RegisterCounterRecord>
{
    public void Configure(EntityTypeBuilder<RegisterCounterRecord> builder)
    {
        builder.ToTable("RegisterCounters");
        builder.HasKey(c => new { c.RegisterId, c.Year });
        builder.Property(c => c.RegisterId).HasMaxLength(64);
    }
}
