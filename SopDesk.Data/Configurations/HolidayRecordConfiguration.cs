using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class HolidayRecordConfiguration : IEntityTypeConfiguration<HolidayRecord>
{
    public void Configure(EntityTypeBuilder<HolidayRecord> builder)
    {
        builder.ToTable("Holidays");
        builder.HasKey(h => h.Date);
        builder.Property(h => h.Kind).HasMaxLength(20);
        builder.Property(h => h.Name).HasMaxLength(200);
    }
}
