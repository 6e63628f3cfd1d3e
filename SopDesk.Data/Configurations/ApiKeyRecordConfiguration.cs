using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Configurations;

internal sealed class ApiKeyRecordConfiguration : IEntityTypeConfiguration<ApiKeyRecord>
{
    public void Configure(EntityTypeBuilder<ApiKeyRecord> builder)
    {
        builder.ToTable("ApiKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Institution).HasMaxLength(200);
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.Property(k => k.Scopes).HasMaxLength(200);
        builder.Property(k => k.CreatedByUserId).HasMaxLength(64);
        builder.Property(k => k.CreatedByName).HasMaxLength(200);
        builder.Property(k => k.RevokedByName).HasMaxLength(200);
    }
}
