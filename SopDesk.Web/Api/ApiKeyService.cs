using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;

namespace SopDesk.Web.Api;

/// <summary>A key as the administrators' list shows it (never the secret nor its hash).</summary>
public sealed record ApiKeyListItem(Guid Id, string Institution, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, string CreatedByName,
    DateTimeOffset? RevokedAt, string? RevokedByName, DateTimeOffset? LastUsedAt)
{
    public bool Active => RevokedAt is null;
}

/// <summary>A create or revoke: <see cref="Key"/> is the full key, shown once after a create.</summary>
public sealed record ApiKeyOutcome(bool Ok, string Message, string? Key = null);

/// <summary>The institution a valid key belongs to, and what it may ask.</summary>
public sealed record ApiCaller(Guid KeyId, string Institution, IReadOnlyList<string> Scopes);

/// <summary>
/// The administrators' keys to /api/v1 (decision 047): create (the secret is returned once and only its hash stored), list, revoke.
/// Every method checks on the server that the caller is an administrator now; each change is journaled.
/// </summary>
public sealed class ApiKeyService(IDbContextFactory<SopDeskDbContext> contexts, CurrentStaff current, OfficeTime time)
{
    public const string NotAdministrator = "Hanya administrator yang boleh mengelola kunci API.";
    public const int MaxInstitutionLength = 200;

    public async Task<IReadOnlyList<ApiKeyListItem>> ListAsync(ClaimsPrincipal admin, CancellationToken ct = default)
    {
        await current.RequireAdministratorAsync(admin, NotAdministrator, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.ApiKeys.AsNoTracking().ToListAsync(ct);
        return [.. rows.OrderBy(k => k.RevokedAt is not null).ThenByDescending(k => k.CreatedAt)
            .Select(k => new ApiKeyListItem(k.Id, k.Institution, ApiScopes.Parse(k.Scopes), k.CreatedAt, k.CreatedByName, k.RevokedAt, k.RevokedByName, k.LastUsedAt))];
    }

    public async Task<ApiKeyOutcome> CreateAsync(string institution, IEnumerable<string> scopes, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        var check = await current.CheckAdministratorAsync(admin, NotAdministrator, ct);
        if (check.Actor is not { } actor) return new(false, check.Refusal!);
        var name = institution.Trim();
        var chosen = ApiScopes.Join(scopes);
        if (name.Length == 0) return new(false, "Isi nama instansi.");
        if (name.Length > MaxInstitutionLength) return new(false, $"Nama instansi paling panjang {MaxInstitutionLength} karakter.");
        if (chosen.Length == 0) return new(false, "Pilih paling sedikit satu layanan API.");
        var id = Guid.NewGuid();
        var (key, hash) = ApiKeyFormat.New(id);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = time.Now;
        db.ApiKeys.Add(new ApiKeyRecord
        {
            Id = id, Institution = name, SecretHash = hash, Scopes = chosen, CreatedAt = now, CreatedByUserId = actor.UserId, CreatedByName = actor.Name,
        });
        db.Journal.Add(JournalRecord.For(actor, now, JournalActions.ApiKeyCreated, $"Kunci API dibuat untuk {name} ({id:N}): {chosen}", actingAs: Roles.Admin));
        await db.SaveChangesAsync(ct);
        return new(true, $"Kunci API untuk {name} dibuat. Salin sekarang: kunci ini hanya ditampilkan sekali.", key);
    }

    /// <summary>Revokes at once: the next call with the key is refused (keys are checked in the database on every call).</summary>
    public async Task<ApiKeyOutcome> RevokeAsync(Guid id, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        var check = await current.CheckAdministratorAsync(admin, NotAdministrator, ct);
        if (check.Actor is not { } actor) return new(false, check.Refusal!);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (row is null) return new(false, "Kunci tidak ditemukan; muat ulang halaman.");
        if (row.RevokedAt is not null) return new(false, $"Kunci untuk {row.Institution} sudah dicabut.");
        var now = time.Now;
        (row.RevokedAt, row.RevokedByName) = (now, actor.Name);
        db.Journal.Add(JournalRecord.For(actor, now, JournalActions.ApiKeyRevoked, $"Kunci API {row.Institution} ({id:N}) dicabut", actingAs: Roles.Admin));
        await db.SaveChangesAsync(ct);
        return new(true, $"Kunci API untuk {row.Institution} dicabut; panggilan berikutnya dengan kunci itu ditolak.");
    }

    /// <summary>The caller a presented key stands for: an existing, unrevoked key whose secret matches; null otherwise.</summary>
    public async Task<ApiCaller?> FindActiveAsync(PresentedKey presented, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.ApiKeys.AsNoTracking().Where(k => k.Id == presented.Id)
            .Select(k => new { k.Institution, k.SecretHash, k.Scopes, k.RevokedAt }).FirstOrDefaultAsync(ct);
        return row is { RevokedAt: null } && ApiKeyFormat.Matches(presented.Secret, row.SecretHash)
            ? new ApiCaller(presented.Id, row.Institution, ApiScopes.Parse(row.Scopes)) : null;
    }
}
