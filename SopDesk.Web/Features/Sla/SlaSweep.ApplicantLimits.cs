using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Notifications;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Sla;

public sealed partial class SlaSweep
{
    /// <summary>
    /// Open items on the pemohon's clock with their own limit (ApplicantDueAt): the lane's staff are reminded once within the
    /// step's remindBefore; on expiry the engine closes the berkas to the declared end through the store (version-guarded like
    /// any step, so a resubmission racing with it wins or loses as a whole) or, for "alert", the lane is told once. On these
    /// items the office's SlaState is free (they have no office due time), so it records the applicant marks: DueSoon once
    /// reminded, Overdue once the alert was given.
    /// </summary>
    private async Task<(int Reminded, int Expired, int Notified)> WatchApplicantLimitsAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var open = await db.WorkItems.AsNoTracking()
            .Where(w => w.Status == WorkItemStatus.Open && w.ApplicantDueAt != null && (w.SlaState == null || w.SlaState != Overdue))
            .Join(db.Cases, w => w.CaseId, c => c.Id, (w, c) => new ApplicantItem(w.Id, w.CaseId, c.Number, w.DefinitionId, c.DefinitionHash, w.StepId, w.Roles,
                w.ApplicantDueAt!.Value, w.SlaState, w.HolderUserId))
            .ToListAsync(ct);
        var (reminded, expired, notified) = (0, 0, 0);
        foreach (var item in open)
        {
            var definition = await catalog.GetVersionAsync(item.DefinitionId, item.DefinitionHash, ct);
            if (definition.Steps.FirstOrDefault(s => s.Id == item.StepId) is not { ApplicantLimit: { } limit } step) continue;
            if (now >= item.DueAt)
            {
                var told = await ExpireAsync(definition, step, limit, item, now, ct);
                if (told is null) continue;
                (expired, notified) = (expired + 1, notified + told.Value);
                events.Publish(Live.CaseChange.OfStoredItem(item.CaseId, item.Roles, item.HolderUserId));
            }
            else if (item.SlaState is null && limit.RemindBefore is { } before && CaseDeadlineClock.IsWithin(time.Calendar, before, item.DueAt, now))
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var marked = await db.WorkItems.Where(w => w.Id == item.Id && w.Status == WorkItemStatus.Open && w.SlaState == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(w => w.SlaState, DueSoon), ct);
                if (marked == 1)
                {
                    reminded++;
                    notified += await Notifier.AddOnceAsync(db, LaneStaff(item.HolderUserId, item.Roles, await EveryoneAsync(ct)), new Notice(
                        $"applicant-remind:{item.Id:N}", "Batas pemohon", $"Batas waktu pemohon segera habis: {item.CaseNumber}",
                        $"Pemohon berkas {item.CaseNumber} (langkah {step.Number} \"{step.Kegiatan}\") harus menyelesaikan bagiannya sebelum {time.FormatDateTime(item.DueAt)}; "
                        + $"batas {limit.Waktu.Text}. {WhatHappens(definition, limit)}", item.CaseId), now, ct);
                    await db.SaveChangesAsync(ct);
                }
                await tx.CommitAsync(ct);
            }
        }
        return (reminded, expired, notified);
    }

    /// <summary>Runs the engine's expiry command on the item as stored now; the number of officers told, or null when nothing happened.</summary>
    private async Task<int?> ExpireAsync(SopDefinition definition, Step step, ApplicantLimit limit, ApplicantItem item, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var store = new CaseStore(db);
        if (await store.LoadAsync(item.CaseId, ct) is not { OpenItem: { } open } state || open.Id != item.Id) return null;
        var result = new CaseInterpreter(time.Calendar).Execute(definition, state, new ExpireApplicantLimit(item.Id), CaseInterpreter.System, OfficeContext.Normal, now);
        var notice = new Notice($"applicant-expired:{item.Id:N}", "Batas pemohon", $"Batas waktu pemohon habis: {item.CaseNumber}",
            $"Pemohon berkas {item.CaseNumber} tidak menyelesaikan langkah {step.Number} \"{step.Kegiatan}\" dalam {limit.Waktu.Text} "
            + $"(sampai {time.FormatDateTime(item.DueAt)}). {WhatHappened(definition, limit)}", item.CaseId);
        switch (result)
        {
            case Accepted accepted:
                // The same guarded write as any step: a resubmission stored first makes this a Conflict, and nothing is written.
                if (await store.ApplyAsync(accepted, definition, time.Calendar.Zone, null, ct) is not Applied) return null;
                var told = await Notifier.AddOnceAsync(db, LaneStaff(item.HolderUserId, item.Roles, await EveryoneAsync(ct)), notice, now, ct);
                await db.SaveChangesAsync(ct);
                return told;
            case ApplicantLimitAlert alert:
                await using (var tx = await db.Database.BeginTransactionAsync(ct))
                {
                    var marked = await db.WorkItems.Where(w => w.Id == item.Id && w.Status == WorkItemStatus.Open && (w.SlaState == null || w.SlaState != Overdue))
                        .ExecuteUpdateAsync(set => set.SetProperty(w => w.SlaState, Overdue), ct);
                    if (marked == 0) return null;
                    db.Journal.Add(new JournalRecord
                    {
                        At = alert.Entry.At, CaseId = alert.CaseId, ActorUserId = alert.Entry.ActorUserId, ActorName = alert.Entry.ActorName,
                        ActingAs = alert.Entry.ActingAs, Action = alert.Entry.Action.ToString(), StepId = alert.Entry.StepId, Detail = alert.Entry.Detail,
                    });
                    var alerted = await Notifier.AddOnceAsync(db, LaneStaff(item.HolderUserId, item.Roles, await EveryoneAsync(ct)), notice, now, ct);
                    await db.SaveChangesAsync(ct);
                    await tx.CommitAsync(ct);
                    return alerted;
                }
            default:
                return null;
        }
    }

    private static string WhatHappens(SopDefinition definition, ApplicantLimit limit) =>
        limit.AlertsOnly ? "Bila habis, petugas lajurnya diberi tahu." : $"Bila habis, berkas ditutup otomatis: {EndLabel(definition, limit)}.";

    private static string WhatHappened(SopDefinition definition, ApplicantLimit limit) =>
        limit.AlertsOnly ? "Berkas tidak ditutup; tindak lanjuti dengan pemohon." : $"Berkas ditutup otomatis: {EndLabel(definition, limit)}.";

    private static string EndLabel(SopDefinition definition, ApplicantLimit limit) =>
        definition.Ends.FirstOrDefault(e => e.Id == limit.OnExpiry)?.Label ?? limit.OnExpiry;

    /// <summary>Everyone active in the item's lane, and its holder if someone holds it.</summary>
    private static IEnumerable<string> LaneStaff(string? holderUserId, string encodedRoles, IReadOnlyList<StaffRef> everyone) =>
        WithRoles(encodedRoles.Split('|', StringSplitOptions.RemoveEmptyEntries), everyone).Concat(holderUserId is null ? [] : [holderUserId]);

    private sealed record ApplicantItem(Guid Id, Guid CaseId, string CaseNumber, string DefinitionId, string DefinitionHash, string StepId, string Roles,
        DateTimeOffset DueAt, string? SlaState, string? HolderUserId);
}
