namespace SopDesk.Data.Entities;

/// <summary>
/// One institution's key to /api/v1 (decision 047). Only the SHA-256 of the secret is stored; the secret is shown once, at
/// creation. A key is never deleted: a revoked key stays listed, so the journal's lines keep naming an institution.
/// </summary>
public sealed class ApiKeyRecord
{
    /// <summary>The key's public id, also the first part of the key the institution sends.</summary>
    public Guid Id { get; set; }
    public string Institution { get; set; } = "";
    /// <summary>SHA-256 of the secret part, lower-case hex (64 characters).</summary>
    public string SecretHash { get; set; } = "";
    /// <summary>The endpoints the key may call, comma-separated scope names (documents, cases, reports, vacancies).</summary>
    public string Scopes { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedByUserId { get; set; } = "";
    public string CreatedByName { get; set; } = "";
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedByName { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
