using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;

namespace SopDesk.Web.Security;

/// <summary>
/// The server-side sign-in sessions (one row per sign-in): opened by the sign-in, ended by sign-out, idleness or an
/// administrator's change. <see cref="Ended"/> tells every open circuit at once that an officer's sessions changed.
/// </summary>
public sealed class StaffSessions(IDbContextFactory<SopDeskDbContext> contexts, TimeProvider clock)
{
    /// <summary>Raised with the officer's user id after one or all of their sessions ended.</summary>
    public event Action<string>? Ended;

    /// <summary>Opens a session; <paramref name="journal"/> (the sign-in's line) is written in the same commit.</summary>
    public async Task<Guid> OpenAsync(string userId, string? ipAddress, JournalRecord? journal = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var session = new StaffSessionRecord { Id = Guid.CreateVersion7(now), UserId = userId, CreatedAt = now, LastActivityAt = now, IpAddress = ipAddress };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.StaffSessions.Add(session);
        if (journal is not null) db.Journal.Add(journal);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>Ends one session (sign-out, idle).</summary>
    public async Task EndAsync(Guid sessionId, StaffSessionEnd reason, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var userId = await db.StaffSessions.Where(s => s.Id == sessionId).Select(s => s.UserId).FirstOrDefaultAsync(ct);
        if (userId is null) return;
        var now = clock.GetUtcNow();
        await db.StaffSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, reason.ToString()), ct);
        Announce(userId);
    }

    /// <summary>
    /// Ends all open sessions of <paramref name="userId"/> (but <paramref name="except"/>) in the caller's transaction;
    /// the caller calls <see cref="Announce"/> once it has committed.
    /// </summary>
    public Task<int> EndAllAsync(SopDeskDbContext db, string userId, StaffSessionEnd reason, Guid? except = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return db.StaffSessions.Where(s => s.UserId == userId && s.EndedAt == null && s.Id != except)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, reason.ToString()), ct);
    }

    /// <summary>Records activity on a live session, at most once per <see cref="SessionSettings.TouchEvery"/>.</summary>
    public async Task TouchAsync(Guid sessionId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var stale = now - SessionSettings.TouchEvery;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.StaffSessions.Where(s => s.Id == sessionId && s.EndedAt == null && s.LastActivityAt < stale)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastActivityAt, now), ct);
    }

    public void Announce(string userId) => Ended?.Invoke(userId);
}
