using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Notifications;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Sla;

public sealed partial class SlaSweep
{
    /// <summary>Breaches still open past the grace period go to the lane's superior in the office profile, once.</summary>
    private async Task<(int Escalations, int Notified)> EscalateAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var pending = await db.SlaBreaches.Where(b => b.EscalatedAt == null && b.ResolvedAt == null).OrderBy(b => b.DueAt).ToListAsync(ct);
        var (escalations, notified) = (0, 0);
        var due = pending.Where(b => time.Calendar.AddOfficeTime(b.DueAt, settings.EscalationGrace) <= now).ToList();
        var caseIds = due.Select(b => b.CaseId).Distinct().ToList();
        var versions = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.DefinitionHash })
            .ToDictionaryAsync(c => c.Id, c => c.DefinitionHash, ct);
        foreach (var breach in due)
        {
            var definition = await catalog.GetVersionAsync(breach.DefinitionId, versions[breach.CaseId], ct);
            var laneRoles = breach.LaneId is { } laneId && definition.Lanes.FirstOrDefault(l => l.Id == laneId) is { } lane ? lane.Roles.AsEnumerable() : [];
            var superior = office.Current.SuperiorOf(laneRoles);
            breach.EscalatedAt = now;
            breach.EscalatedToRole = superior;
            if (superior is not null)
            {
                var number = await db.Cases.Where(c => c.Id == breach.CaseId).Select(c => c.Number).FirstAsync(ct);
                var what = breach.Kind == SlaBreachKind.CaseDeadline ? $"batas waktu berkas ({breach.Target})" : $"target langkah \"{breach.StepId}\" ({breach.Target})";
                var holder = breach.HolderName is null ? "belum diambil siapa pun" : $"dipegang {breach.HolderName}";
                notified += await Notifier.AddOnceAsync(db, WithRoles([superior], await EveryoneAsync(ct)), new Notice($"escalation:{breach.Key}", "Eskalasi",
                    $"Eskalasi: {number} terlambat", $"Berkas {number} melewati {what} sejak {time.FormatDateTime(breach.DueAt)}; {holder}.", breach.CaseId), now, ct);
            }
            escalations++;
        }
        await db.SaveChangesAsync(ct);
        return (escalations, notified);
    }

    /// <summary>
    /// Open cases on a definition version with a whole-case deadline: record a breach once the deadline passes; resolve it
    /// when the case closes. The deadline is the one of the version the case runs on.
    /// </summary>
    private async Task<(int Breaches, int Notified)> WatchCaseDeadlinesAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (breaches, notified) = (0, 0);
        var running = await db.Cases.AsNoTracking().Where(c => c.Status != CaseStatus.Closed).Select(c => new { c.DefinitionId, c.DefinitionHash }).Distinct().ToListAsync(ct);
        var withDeadline = new List<SopDesk.Workflows.Definitions.SopDefinition>();
        foreach (var version in running)
            if (await catalog.GetVersionAsync(version.DefinitionId, version.DefinitionHash, ct) is { CaseDeadline: not null } definition) withDeadline.Add(definition);
        foreach (var definition in withDeadline)
        {
            var breachedCases = db.SlaBreaches.Where(b => b.Kind == SlaBreachKind.CaseDeadline).Select(b => b.CaseId);
            var cases = await db.Cases.AsNoTracking()
                .Where(c => c.DefinitionId == definition.Id && c.DefinitionHash == definition.ContentHash && c.Status != CaseStatus.Closed && !breachedCases.Contains(c.Id))
                .Select(c => new { c.Id, c.Number, c.StartedAt })
                .ToListAsync(ct);
            var ids = cases.Select(c => c.Id).ToList();
            var steps = (await db.WorkItems.AsNoTracking().Where(w => ids.Contains(w.CaseId))
                    .Select(w => new { w.CaseId, w.StepId, w.LaneId, w.Roles, w.ArrivedAt, w.DoneAt, w.HolderUserId, w.HolderName, w.Status }).ToListAsync(ct))
                .ToLookup(w => w.CaseId);
            foreach (var @case in cases)
            {
                var spans = steps[@case.Id].Select(s => new StepSpan(s.StepId, s.ArrivedAt, s.DoneAt));
                if (CaseDeadlineClock.DeadlineOf(definition, time.Calendar, @case.StartedAt, spans, now) is not { } deadline) continue;
                var current = steps[@case.Id].FirstOrDefault(s => s.Status == WorkItemStatus.Open);
                if (now < deadline)
                {
                    if (definition.CaseDeadline!.WarnBefore is { } before && current is not null && CaseDeadlineClock.IsWithin(time.Calendar, before, deadline, now))
                        notified += await WarnCaseDeadlineAsync(db, definition, @case.Id, @case.Number, current.HolderUserId, current.Roles, deadline, now, ct);
                    continue;
                }
                db.SlaBreaches.Add(new SlaBreachRecord
                {
                    Key = SlaBreachRecord.CaseKey(@case.Id), Kind = SlaBreachKind.CaseDeadline, CaseId = @case.Id, DefinitionId = definition.Id,
                    StepId = current?.StepId, LaneId = current?.LaneId, Target = definition.CaseDeadline!.Waktu.Text, DueAt = deadline, DetectedAt = now,
                    HolderUserId = current?.HolderUserId, HolderName = current?.HolderName,
                });
                breaches++;
                await TellComplainantOfDeadlineAsync(db, definition, @case.Id, @case.Number, deadline, now, ct);
                if (current is not null)
                    notified += await Notifier.AddOnceAsync(db, HoldersOrLane(current.HolderUserId, current.Roles, await EveryoneAsync(ct)), new Notice(
                        $"deadline:{SlaBreachRecord.CaseKey(@case.Id)}", "Batas berkas", $"Batas waktu terlewati: {@case.Number}",
                        $"Berkas {@case.Number} melewati batas {definition.CaseDeadline.Waktu.Text} sejak {time.FormatDateTime(deadline)}.", @case.Id), now, ct);
            }
        }
        await db.SaveChangesAsync(ct);
        // A closed case ends its deadline breach.
        await db.SlaBreaches.Where(b => b.Kind == SlaBreachKind.CaseDeadline && b.ResolvedAt == null)
            .Where(b => db.Cases.Any(c => c.Id == b.CaseId && c.Status == CaseStatus.Closed))
            .ExecuteUpdateAsync(set => set.SetProperty(b => b.ResolvedAt, b => db.Cases.Where(c => c.Id == b.CaseId).Select(c => c.ClosedAt).First()), ct);
        return (breaches, notified);
    }

    /// <summary>
    /// The case deadline is within the SOP's warnBefore: the holder (or the lane) holding the berkas and the lane's superior
    /// in the office profile are told, once per officer (the notice's key is the case's).
    /// </summary>
    private async Task<int> WarnCaseDeadlineAsync(SopDeskDbContext db, SopDesk.Workflows.Definitions.SopDefinition definition, Guid caseId, string number,
        string? holderUserId, string encodedRoles, DateTimeOffset deadline, DateTimeOffset now, CancellationToken ct)
    {
        var everyone = await EveryoneAsync(ct);
        var superior = office.Current.SuperiorOf(encodedRoles.Split('|', StringSplitOptions.RemoveEmptyEntries));
        var recipients = HoldersOrLane(holderUserId, encodedRoles, everyone).Concat(superior is null ? [] : WithRoles([superior], everyone));
        return await Notifier.AddOnceAsync(db, recipients, new Notice($"deadline-warn:{SlaBreachRecord.CaseKey(caseId)}", "Batas berkas",
            $"Batas waktu berkas segera habis: {number}",
            $"Berkas {number} harus selesai sebelum {time.FormatDateTime(deadline)} (batas {definition.CaseDeadline!.Waktu.Text}{SinceText(definition)}).", caseId), now, ct);
    }

    private static string SinceText(SopDesk.Workflows.Definitions.SopDefinition definition) =>
        definition.CaseDeadline?.From is { } from && definition.Steps.FirstOrDefault(s => s.Id == from) is { } step ? $" sejak langkah {step.Number}" : "";
}
