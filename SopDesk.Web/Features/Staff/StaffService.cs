using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Office;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;

namespace SopDesk.Web.Features.Staff;

/// <summary>
/// Staff administration. Every method checks on the server that the caller is an administrator now
/// (<see cref="CurrentStaff"/>, whatever the page showed). A change of roles, a deactivation or a password reset ends
/// all of that officer's sessions in the same transaction, and their open tabs are told at once. Each change and its journal line are written in one transaction; nobody is
/// ever deleted, only deactivated. Each call takes its own scope, so a long-lived Blazor circuit never works
/// on stale Identity entities.
/// </summary>
public sealed class StaffService(IServiceScopeFactory scopes, OfficeTime time, CurrentStaff current, StaffSessions sessions, OfficeRoles roles,
    OfficeProfileService office)
{
    public const string NotAdministrator = "Hanya administrator yang boleh mengelola staf.";

    public async Task<IReadOnlyList<StaffMember>> ListAsync(ClaimsPrincipal admin, CancellationToken ct = default)
    {
        await current.RequireAdministratorAsync(admin, NotAdministrator, ct);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDeskDbContext>();
        var lanes = (await (from link in db.UserRoles join role in db.Roles on link.RoleId equals role.Id select new { link.UserId, role.Name })
                .AsNoTracking().ToListAsync(ct))
            .ToLookup(l => l.UserId, l => l.Name!);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.FullName).ToListAsync(ct);
        return [.. users.Select(u => ToMember(u, lanes[u.Id]))];
    }

    /// <summary>The roles an administrator may give: every SOP lane role and the office's own, by their Indonesian names.</summary>
    public async Task<IReadOnlyList<OfficeRole>> RoleChoicesAsync(ClaimsPrincipal admin, CancellationToken ct = default)
    {
        await current.RequireAdministratorAsync(admin, NotAdministrator, ct);
        return await roles.AllAsync(ct);
    }

    public async Task<StaffMember?> FindAsync(string id, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        await current.RequireAdministratorAsync(admin, NotAdministrator, ct);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.FindByIdAsync(id) is { } user ? ToMember(user, await users.GetRolesAsync(user)) : null;
    }

    public async Task<StaffOutcome> AddAsync(NewStaff input, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        await EnsureIdentityRolesAsync(admin, input.Lanes, ct);
        return await ChangeAsync(admin, async (users, _) =>
        {
            var errors = await StaffRules.CheckNewAsync(input, await roles.IdsAsync(ct), users, ct);
            if (!errors.IsEmpty) return Refused(StaffOutcome.Invalid(errors));
            var user = new StaffUser
            {
                UserName = input.UserName.Trim(), FullName = input.FullName.Trim(), Nip = input.Nip.Trim(), Jabatan = input.Jabatan.Trim(), IsActive = true,
            };
            if ((Failure(await users.CreateAsync(user, input.Password)) ?? Failure(await users.AddToRolesAsync(user, input.Lanes))) is { } failed)
                return Refused(failed);
            return Journal(JournalActions.StaffAdded, $"Staf ditambahkan: {Name(user)}, NIP {NipText(user.Nip)}, jabatan {user.Jabatan}, peran {LaneNames(input.Lanes)}");
        }, ct);
    }

    public async Task<StaffOutcome> UpdateAsync(string id, StaffChanges changes, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        await EnsureIdentityRolesAsync(admin, changes.Lanes, ct);
        return await ChangeAsync(admin, async (users, actor) =>
        {
            if (await users.FindByIdAsync(id) is not { } user) return Refused(StaffOutcome.Failed("Staf tidak ditemukan."));
            var errors = StaffRules.CheckChanges(changes, await roles.IdsAsync(ct));
            if (!errors.IsEmpty) return Refused(StaffOutcome.Invalid(errors));
            var before = (await users.GetRolesAsync(user)).ToHashSet();
            if (user.Id == actor.Id && before.Contains(Roles.Admin) && !changes.Lanes.Contains(Roles.Admin))
                return Refused(StaffOutcome.Failed("Anda tidak dapat mencabut peran Administrator dari akun Anda sendiri."));
            var said = new List<string>();
            if (user.FullName != changes.FullName.Trim()) said.Add($"nama \"{user.FullName}\" → \"{changes.FullName.Trim()}\"");
            if (user.Jabatan != changes.Jabatan.Trim()) said.Add($"jabatan \"{user.Jabatan}\" → \"{changes.Jabatan.Trim()}\"");
            if (!before.SetEquals(changes.Lanes)) said.Add($"peran {LaneNames(before)} → {LaneNames(changes.Lanes)}");
            if (said.Count == 0) return Refused(StaffOutcome.Failed("Tidak ada perubahan."));
            (user.FullName, user.Jabatan) = (changes.FullName.Trim(), changes.Jabatan.Trim());
            if ((Failure(await users.UpdateAsync(user))
                ?? Failure(await users.RemoveFromRolesAsync(user, before.Except(changes.Lanes)))
                ?? Failure(await users.AddToRolesAsync(user, changes.Lanes.Except(before)))) is { } failed)
                return Refused(failed);
            // Changed roles end the officer's sessions: the next action in any open tab is refused, they sign in again.
            return Journal(JournalActions.StaffUpdated, $"Data staf diubah: {user.UserName}: {string.Join("; ", said)}")
                with { EndSessions = before.SetEquals(changes.Lanes) ? null : (user.Id, StaffSessionEnd.RolesChanged) };
        }, ct);
    }

    public Task<StaffOutcome> DeactivateAsync(string id, ClaimsPrincipal admin, CancellationToken ct = default) =>
        ChangeAsync(admin, async (users, actor) =>
        {
            if (await users.FindByIdAsync(id) is not { } user) return Refused(StaffOutcome.Failed("Staf tidak ditemukan."));
            if (user.Id == actor.Id) return Refused(StaffOutcome.Failed("Anda tidak dapat menonaktifkan akun Anda sendiri."));
            if (!user.IsActive) return Refused(StaffOutcome.Failed($"{user.FullName} sudah nonaktif."));
            user.IsActive = false;
            if ((Failure(await users.UpdateAsync(user)) ?? Failure(await users.UpdateSecurityStampAsync(user))) is { } failed) return Refused(failed);
            return Journal(JournalActions.StaffDeactivated, $"Staf dinonaktifkan: {Name(user)}") with { EndSessions = (user.Id, StaffSessionEnd.Deactivated) };
        }, ct);

    public Task<StaffOutcome> ReactivateAsync(string id, ClaimsPrincipal admin, CancellationToken ct = default) =>
        ChangeAsync(admin, async (users, _) =>
        {
            if (await users.FindByIdAsync(id) is not { } user) return Refused(StaffOutcome.Failed("Staf tidak ditemukan."));
            if (user.IsActive) return Refused(StaffOutcome.Failed($"{user.FullName} sudah aktif."));
            user.IsActive = true;
            if (Failure(await users.UpdateAsync(user)) is { } failed) return Refused(failed);
            return Journal(JournalActions.StaffReactivated, $"Staf diaktifkan kembali: {Name(user)}");
        }, ct);

    public Task<StaffOutcome> ResetPasswordAsync(string id, string newPassword, ClaimsPrincipal admin, CancellationToken ct = default) =>
        ChangeAsync(admin, async (users, _) =>
        {
            if (await users.FindByIdAsync(id) is not { } user) return Refused(StaffOutcome.Failed("Staf tidak ditemukan."));
            if (!user.IsActive) return Refused(StaffOutcome.Failed("Kata sandi hanya dapat direset untuk staf yang aktif. Aktifkan kembali dahulu."));
            if (await StaffRules.PasswordErrorAsync(users, user, newPassword) is { } error)
                return Refused(StaffOutcome.Invalid(new Dictionary<string, string> { [StaffFields.Password] = error }.ToImmutableDictionary()));
            var token = await users.GeneratePasswordResetTokenAsync(user);
            if ((Failure(await users.ResetPasswordAsync(user, token, newPassword))
                ?? Failure(await users.SetLockoutEndDateAsync(user, null))
                ?? Failure(await users.ResetAccessFailedCountAsync(user))) is { } failed)
                return Refused(failed);
            return Journal(JournalActions.PasswordReset, $"Kata sandi direset oleh administrator: {Name(user)}") with { EndSessions = (user.Id, StaffSessionEnd.PasswordChanged) };
        }, ct);

    /// <summary>A change's answer and journal line, and whose sessions it ends.</summary>
    private sealed record Step(StaffOutcome Outcome, string? Action = null, string? Detail = null)
    {
        public (string UserId, StaffSessionEnd Reason)? EndSessions { get; init; }
    }

    private static Step Refused(StaffOutcome outcome) => new(outcome);

    private static Step Journal(string action, string detail) => new(StaffOutcome.Done, action, detail);

    /// <summary>
    /// Runs one change under SQLite's write lock (the uniqueness checks and the write cannot interleave with
    /// another writer), journals it, ends the sessions it must, and commits all or nothing.
    /// </summary>
    private async Task<StaffOutcome> ChangeAsync(ClaimsPrincipal admin, Func<UserManager<StaffUser>, StaffUser, Task<Step>> change, CancellationToken ct)
    {
        var check = await current.CheckAdministratorAsync(admin, NotAdministrator, ct);
        if (check.Actor is not { } actor) return StaffOutcome.Failed(check.Refusal!);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var db = scope.ServiceProvider.GetRequiredService<SopDeskDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await users.FindByIdAsync(actor.UserId) is not { } actorUser) return StaffOutcome.Failed(NotAdministrator);
        var step = await change(users, actorUser);
        if (!step.Outcome.Ok) return step.Outcome;
        db.Journal.Add(JournalRecord.For(actor, time.Now, step.Action!, step.Detail!, actingAs: Roles.Admin));
        await db.SaveChangesAsync(ct);
        if (step.EndSessions is { } ending) await sessions.EndAllAsync(db, ending.UserId, ending.Reason, ct: ct);
        await transaction.CommitAsync(ct);
        if (step.EndSessions is { } ended) sessions.Announce(ended.UserId);
        return step.Outcome;
    }

    /// <summary>
    /// A role a new SOP file declares has no Identity role row until it is first given: made here, before the change's
    /// transaction (SQLite has one writer), for known roles only — an unknown one is refused by the rules.
    /// </summary>
    private async Task EnsureIdentityRolesAsync(ClaimsPrincipal admin, IEnumerable<string> lanes, CancellationToken ct)
    {
        if (await current.CheckAdministratorAsync(admin, NotAdministrator, ct) is not { Actor: not null }) return;
        var known = await roles.IdsAsync(ct);
        await using var scope = scopes.CreateAsyncScope();
        var identityRoles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var lane in lanes.Where(known.Contains))
            if (!await identityRoles.RoleExistsAsync(lane)) await identityRoles.CreateAsync(new IdentityRole(lane));
    }

    private static StaffOutcome? Failure(IdentityResult result) =>
        result.Succeeded ? null : StaffOutcome.Failed(string.Join(" ", result.Errors.Select(e => e.Description)));

    private static StaffMember ToMember(StaffUser u, IEnumerable<string> lanes) =>
        new(u.Id, u.UserName ?? "", u.FullName, u.Nip, u.Jabatan, u.IsActive, [.. lanes.Order(StringComparer.Ordinal)]);

    private static string Name(StaffUser user) => $"{user.UserName} ({user.FullName})";

    private static string NipText(string nip) => nip.Length == 0 ? "–" : nip;

    private string LaneNames(IEnumerable<string> lanes) => string.Join(", ", lanes.Order(StringComparer.Ordinal).Select(office.Current.NameOf));
}
