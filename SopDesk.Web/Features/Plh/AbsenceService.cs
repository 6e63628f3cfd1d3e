using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Plh;

/// <summary>An absence as the Plh page lists it.</summary>
public sealed record AbsenceRow(int Id, string Role, string AbsentName, string? ActingName, DateTimeOffset From, DateTimeOffset To, string Reason, bool IsCurrent);

/// <summary>What an official or an administrator asks to record.</summary>
public sealed record AbsenceRequest(string AbsentUserId, string Role, string? ActingUserId, DateTimeOffset From, DateTimeOffset To, string Reason);

/// <summary>A role that SOP substitution rules let another role stand in for (e.g. kabid ← kasi in 503/48).</summary>
public sealed record Substitutable(string Role, IReadOnlyList<string> ActingRoles);

/// <summary>
/// Records when an official is absent and who acts for them (Plh.). Only the official themself or an
/// administrator may record it; the Plh must hold a role the SOP files' substitution rules allow to act
/// for that role. Checked here, on the server, whatever the page offered.
/// </summary>
public sealed class AbsenceService(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, StaffDirectory staff, OfficeTime time, CaseEvents events,
    CurrentStaff current, Office.OfficeProfileService office)
{
    /// <summary>The roles an absence can be recorded for, with the roles that may then act for them.</summary>
    public IReadOnlyList<Substitutable> Substitutables() =>
        [.. catalog.Current.SelectMany(d => d.Substitutions).GroupBy(s => s.Role)
            .Select(g => new Substitutable(g.Key, [.. g.Select(s => s.ActingRole).Distinct()]))];

    public async Task<IReadOnlyList<AbsenceRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = time.Now;
        var since = now.AddDays(-60);
        var rows = await db.Absences.AsNoTracking().Where(a => a.To > since).ToListAsync(ct);
        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        return [.. rows.OrderByDescending(a => a.From).Select(a => new AbsenceRow(a.Id, a.Role, names.GetValueOrDefault(a.AbsentUserId, a.AbsentUserId),
            a.ActingUserId is null ? null : names.GetValueOrDefault(a.ActingUserId, a.ActingUserId), a.From, a.To, a.Reason, a.From <= now && a.To > now))];
    }

    public async Task<CommandOutcome> RecordAsync(AbsenceRequest request, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var check = await current.CheckAsync(user, ct: ct);
        if (check.Actor is not { } actor) return CommandOutcome.Failed(check.Refusal!);
        if (actor.UserId != request.AbsentUserId && !Administrators.IsAdministrator(actor))
            return CommandOutcome.Failed("Hanya pejabat yang bersangkutan atau administrator yang dapat mencatat ketidakhadiran.");
        if (Substitutables().FirstOrDefault(s => s.Role == request.Role) is not { } rule)
            return CommandOutcome.Failed($"Tidak ada aturan pengganti (Plh.) untuk peran {office.Current.NameOf(request.Role)} dalam SOP.");
        if (await staff.FindAsync(request.AbsentUserId, ct) is not { } absent || !absent.Roles.Contains(request.Role))
            return CommandOutcome.Failed($"Pegawai yang tidak hadir tidak memegang peran {office.Current.NameOf(request.Role)}.");
        StaffRef? acting = null;
        if (request.ActingUserId is not null
            && ((acting = await staff.FindAsync(request.ActingUserId, ct)) is null || !acting.Roles.Overlaps(rule.ActingRoles)))
            return CommandOutcome.Failed($"Plh. harus pegawai aktif dengan peran {string.Join(" atau ", rule.ActingRoles.Select(office.Current.NameOf))}.");
        if (request.To <= request.From) return CommandOutcome.Failed("Tanggal selesai harus sesudah tanggal mulai.");
        if (string.IsNullOrWhiteSpace(request.Reason)) return CommandOutcome.Failed("Tuliskan alasan ketidakhadiran (dinas luar, cuti, sakit…).");

        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = time.Now;
        db.Absences.Add(new AbsenceRecord
        {
            Role = request.Role, AbsentUserId = absent.UserId, ActingUserId = acting?.UserId, From = request.From, To = request.To,
            Reason = request.Reason.Trim(), CreatedByUserId = actor.UserId, CreatedAt = now,
        });
        db.Journal.Add(JournalRecord.For(actor, now, JournalActions.AbsenceRecorded,
            $"{absent.Name} ({office.Current.NameOf(request.Role)}) tidak hadir {time.FormatDateTime(request.From)} – {time.FormatDateTime(request.To)}"
                + (acting is null ? "" : $"; Plh.: {acting.Name}") + $" — {request.Reason.Trim()}"));
        await db.SaveChangesAsync(ct);
        events.Publish(Live.CaseChange.ForEveryone()); // inboxes recount: a Plh now sees the absent official's items
        return CommandOutcome.Done(Guid.Empty, null);
    }

    /// <summary>The official is back early: the absence ends now.</summary>
    public async Task<CommandOutcome> EndAsync(int absenceId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var check = await current.CheckAsync(user, ct: ct);
        if (check.Actor is not { } actor) return CommandOutcome.Failed(check.Refusal!);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var absence = await db.Absences.FirstOrDefaultAsync(a => a.Id == absenceId, ct);
        if (absence is null) return CommandOutcome.Failed("Catatan ketidakhadiran tidak ditemukan.");
        if (actor.UserId != absence.AbsentUserId && !Administrators.IsAdministrator(actor))
            return CommandOutcome.Failed("Hanya pejabat yang bersangkutan atau administrator yang dapat mengakhiri ketidakhadiran.");
        var now = time.Now;
        if (absence.To <= now) return CommandOutcome.Failed("Ketidakhadiran ini sudah berakhir.");
        absence.To = now > absence.From ? now : absence.From;
        db.Journal.Add(JournalRecord.For(actor, now, JournalActions.AbsenceEnded, $"Ketidakhadiran {office.Current.NameOf(absence.Role)} diakhiri"));
        await db.SaveChangesAsync(ct);
        events.Publish(Live.CaseChange.ForEveryone());
        return CommandOutcome.Done(Guid.Empty, null);
    }
}
