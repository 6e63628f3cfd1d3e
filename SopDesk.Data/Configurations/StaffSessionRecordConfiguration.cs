using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class StaffSessionRecordConfiguration : IEntityTypeConfiguration<StaffSessionRecord>
{
    public void Configure(EntityTypeBuilder<StaffSessionRecord> builder)
    {
        builder.ToTable("StaffSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.UserId).HasMaxLength(64);
        builder.Property(s => s.EndReason).HasMaxLength(40);
        builder.Property(s => s.IpAddress).HasMaxLength(64);
        // Ending all of one officer's open sessions looks them up by user.
        builder.HasIndex(s => new { s.UserId, s.EndedAt });
    }
}
