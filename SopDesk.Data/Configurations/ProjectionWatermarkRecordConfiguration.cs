using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class ProjectionWatermarkRecordConfiguration : IEntityTypeConfiguration<ProjectionWatermarkRecord>
{
    public void Configure(EntityTypeBuilder<ProjectionWatermarkRecord> builder)
    {
        builder.ToTable("ProjectionWatermarks");
        builder.HasKey(w => w.Name);
        builder.Property(w => w.Name).HasMaxLength(64);
    }
}
