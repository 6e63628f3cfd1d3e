using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Security;

/// <summary>
/// The acting officer now, or why their session no longer counts: <see cref="Refusal"/> to show, and
/// <see cref="Ended"/>, the key the sign-in page takes (<c>/masuk?alasan=…</c>) to say it again.
/// </summary>
public sealed record StaffCheck(Actor? Actor, string? Refusal, string? Ended = null);

/// <summary>Thrown by <see cref="CurrentStaff.RequireAsync"/> when the sign-in no longer counts.</summary>
public sealed class SessionEndedException(string message) : UnauthorizedAccessException(message);

/// <summary>
/// The one way to learn who acts: given the sign-in (cookie or circuit), one query checks that its session is open
/// and not idle, that the account is active, and reads the roles from the database now, so a change made a moment
/// ago by an administrator applies to the very next action in any open tab.
/// </summary>
public sealed class CurrentStaff(IDbContextFactory<SopDeskDbContext> contexts, StaffSessions sessions, SessionSettings settings, TimeProvider clock)
{
    public const string SessionIdClaim = "sopdesk:session";
    public const string ChangedMessage = "Sesi Anda telah berakhir karena peran atau akun Anda diubah. Silakan masuk kembali.";
    public const string SignedOutMessage = "Sesi Anda telah berakhir. Silakan masuk kembali.";

    /// <summary>The keys of <see cref="StaffCheck.Ended"/>.</summary>
    public const string EndedIdle = "idle", EndedChanged = "diubah", EndedSignedOut = "berakhir";

    public string IdleMessage => $"Sesi Anda berakhir karena tidak ada aktivitas selama {settings.IdleTimeout.TotalMinutes:0} menit. Silakan masuk kembali.";

    /// <summary>The officer's actor, or the refusal; <paramref name="activity"/> counts this call as the officer's activity.</summary>
    public async Task<StaffCheck> CheckAsync(ClaimsPrincipal user, bool activity = true, CancellationToken ct = default)
    {
        if (SessionOf(user) is not { } sessionId || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
            return Refused(EndedSignedOut);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await db.StaffSessions.AsNoTracking()
            .Where(s => s.Id == sessionId && s.UserId == userId)
            .Select(s => new
            {
                s.EndedAt, s.EndReason, s.LastActivityAt,
                User = db.Users.Where(u => u.Id == s.UserId).Select(u => new { u.IsActive, u.FullName, u.Nip }).FirstOrDefault(),
                Roles = db.UserRoles.Where(l => l.UserId == s.UserId).Join(db.Roles, l => l.RoleId, r => r.Id, (l, r) => r.Name!).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (found is null) return Refused(EndedSignedOut);
        if (found.EndedAt is not null)
            return Refused(found.EndReason switch
            {
                nameof(StaffSessionEnd.Idle) => EndedIdle,
                nameof(StaffSessionEnd.SignedOut) => EndedSignedOut,
                _ => EndedChanged,
            });
        if (found.User is not { IsActive: true } account) return Refused(EndedChanged);
        if (clock.GetUtcNow() - found.LastActivityAt >= settings.IdleTimeout)
        {
            await sessions.EndAsync(sessionId, StaffSessionEnd.Idle, ct);
            return Refused(EndedIdle);
        }
        if (activity && clock.GetUtcNow() - found.LastActivityAt >= SessionSettings.TouchEvery) await sessions.TouchAsync(sessionId, ct);
        return new StaffCheck(new Actor(userId, account.FullName, [.. found.Roles]) { Nip = string.IsNullOrEmpty(account.Nip) ? null : account.Nip }, null);
    }

    /// <summary>The officer's actor for a read; throws <see cref="SessionEndedException"/> when the session no longer counts.</summary>
    public async Task<Actor> RequireAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var check = await CheckAsync(user, ct: ct);
        return check.Actor ?? throw new SessionEndedException(check.Refusal!);
    }

    /// <summary>The message for a <see cref="StaffCheck.Ended"/> key (null for an unknown key).</summary>
    public string? MessageFor(string? ended) => ended switch
    {
        EndedIdle => IdleMessage,
        EndedChanged => ChangedMessage,
        EndedSignedOut => SignedOutMessage,
        _ => null,
    };

    private StaffCheck Refused(string ended) => new(null, MessageFor(ended), ended);

    public static Guid? SessionOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(SessionIdClaim), out var id) ? id : null;
}
