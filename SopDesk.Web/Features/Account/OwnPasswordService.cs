using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Features.Staff;
using SopDesk.Web.Security;

namespace SopDesk.Web.Features.Account;

/// <summary>
/// An officer changes their own password (/akun/kata-sandi): the current one is required, the new one passes every
/// password rule, and the officer's other sessions end (this tab stays signed in).
/// </summary>
public sealed class OwnPasswordService(IServiceScopeFactory scopes, CurrentStaff current, StaffSessions sessions, OfficeTime time)
{
    public const string CurrentField = "current", NewField = "new";

    public async Task<StaffOutcome> ChangeAsync(ClaimsPrincipal user, string currentPassword, string newPassword, CancellationToken ct = default)
    {
        var check = await current.CheckAsync(user, ct: ct);
        if (check.Actor is not { } actor) return StaffOutcome.Failed(check.Refusal!);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var db = scope.ServiceProvider.GetRequiredService<SopDeskDbContext>();
        var account = (await users.FindByIdAsync(actor.UserId))!;
        if (string.IsNullOrEmpty(currentPassword) || !await users.CheckPasswordAsync(account, currentPassword))
            return Invalid(CurrentField, "Kata sandi saat ini salah.");
        if (newPassword == currentPassword) return Invalid(NewField, "Kata sandi baru harus berbeda dari kata sandi saat ini.");
        if (await StaffRules.PasswordErrorAsync(users, account, newPassword) is { } error) return Invalid(NewField, error);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await users.ChangePasswordAsync(account, currentPassword, newPassword);
        if (!changed.Succeeded) return Invalid(NewField, string.Join(" ", changed.Errors.Select(e => e.Description)));
        db.Journal.Add(JournalRecord.For(actor, time.Now, JournalActions.PasswordChanged, "Mengganti kata sandi sendiri", actingAs: ""));
        await db.SaveChangesAsync(ct);
        await sessions.EndAllAsync(db, actor.UserId, StaffSessionEnd.PasswordChanged, except: CurrentStaff.SessionOf(user), ct);
        await transaction.CommitAsync(ct);
        sessions.Announce(actor.UserId);
        return StaffOutcome.Done;
    }

    private static StaffOutcome Invalid(string field, string message) =>
        StaffOutcome.Invalid(ImmutableDictionary<string, string>.Empty.Add(field, message));
}
