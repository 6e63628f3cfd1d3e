using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class PublicAccountRecordConfiguration : IEntityTypeConfiguration<PublicAccountRecord>
{
    public void Configure(EntityTypeBuilder<PublicAccountRecord> builder)
    {
        builder.ToTable("PublicAccounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Verification).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.Nik).HasMaxLength(16);
        builder.Property(a => a.Email).HasMaxLength(254);
        builder.Property(a => a.NormalizedEmail).HasMaxLength(254);
        builder.Property(a => a.Phone).HasMaxLength(20);
        builder.Property(a => a.PasswordHash).HasMaxLength(200);
        builder.Property(a => a.SecurityStamp).HasMaxLength(64);
        builder.Property(a => a.CompanyName).HasMaxLength(150);
        builder.Property(a => a.Nib).HasMaxLength(13);
        builder.Property(a => a.Npwp).HasMaxLength(16);
        builder.Property(a => a.WajibLaporNumber).HasMaxLength(40);
        builder.Property(a => a.ConsentVersion).HasMaxLength(20);
        // One account per e-mail, per phone number and per job seeker's NIK.
        builder.HasIndex(a => a.NormalizedEmail).IsUnique().HasFilter("\"NormalizedEmail\" IS NOT NULL");
        builder.HasIndex(a => a.Phone).IsUnique().HasFilter("\"Phone\" IS NOT NULL");
        builder.HasIndex(a => a.Nik).IsUnique().HasFilter("\"Nik\" IS NOT NULL");
        builder.HasIndex(a => a.CreatedAt);
    }
}
