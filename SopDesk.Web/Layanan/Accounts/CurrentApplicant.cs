using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Layanan.Accounts;

/// <summary>
/// The public account signed in on this request, read from the database each time (never from the cookie alone): a blocked
/// account or a changed password ends older cookies at their next request.
/// </summary>
public sealed class CurrentApplicant(IHttpContextAccessor http, IDbContextFactory<SopDeskDbContext> contexts)
{
    // The read itself is kept, not only its result: the layout and the page ask at once during one render, and on a server
    // database the first read is still in flight when the second asks (SQLite's reads finished before the second ask).
    private Task<PublicAccountRecord?>? _read;

    public Task<PublicAccountRecord?> GetAsync() => _read ??= ReadAsync();

    private async Task<PublicAccountRecord?> ReadAsync()
    {
        var context = http.HttpContext;
        if (context is null) return null;
        var result = await context.AuthenticateAsync(LayananAuth.Scheme);
        if (!result.Succeeded || LayananAuth.AccountId(result.Principal) is not { } id) return null;
        await using var db = await contexts.CreateDbContextAsync();
        var account = await db.PublicAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);
        var stamp = result.Principal.FindFirst(LayananAuth.StampClaim)?.Value;
        return account is { Blocked: false } && account.SecurityStamp == stamp ? account : null;
    }

    /// <summary>The engine's actor for the signed-in account, or null.</summary>
    public async Task<Actor?> ActorAsync() =>
        await GetAsync() is { } account ? Actor.Applicant(account.Id, account.Name) : null;
}
