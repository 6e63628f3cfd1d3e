using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class UploadRecordConfiguration : IEntityTypeConfiguration<UploadRecord>
{
    public void Configure(EntityTypeBuilder<UploadRecord> builder)
    {
        builder.ToTable("Uploads");
        builder.HasKey(u => u.Id);
        builder.HasOne<CaseRecord>().WithMany().HasForeignKey(u => u.CaseId);
        builder.Property(u => u.UploadId).HasMaxLength(64);
        builder.Property(u => u.OriginalName).HasMaxLength(200);
        builder.Property(u => u.ContentType).HasMaxLength(40);
        builder.Property(u => u.Sha256).HasMaxLength(64);
        builder.Property(u => u.StorageName).HasMaxLength(80);
        builder.Property(u => u.UploadedByUserId).HasMaxLength(64);
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.ReviewNote).HasMaxLength(500);
        builder.Property(u => u.ReviewedByUserId).HasMaxLength(64);
        builder.HasIndex(u => new { u.CaseId, u.UploadId });
        builder.HasIndex(u => u.StorageName).IsUnique();
    }
}
