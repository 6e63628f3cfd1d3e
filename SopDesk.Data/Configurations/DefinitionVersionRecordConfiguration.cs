using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class DefinitionVersionRecordConfiguration : IEntityTypeConfiguration<DefinitionVersionRecord>
{
    public void Configure(EntityTypeBuilder<DefinitionVersionRecord> builder)
    {
        builder.ToTable("DefinitionVersions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.DefinitionId).HasMaxLength(64);
        builder.Property(d => d.ContentHash).HasMaxLength(64);
        builder.Property(d => d.Nomor).HasMaxLength(100);
        builder.Property(d => d.Nama).HasMaxLength(300);
        builder.HasIndex(d => new { d.DefinitionId, d.ContentHash }).IsUnique();
        builder.HasIndex(d => new { d.DefinitionId, d.Version }).IsUnique();
    }
}
