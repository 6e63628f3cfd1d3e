using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Dashboards;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Reports;

/// <summary>
/// Computes the monthly report. The month runs from its first to the first of the next month, 00.00 in the
/// office's zone. Per SOP:
/// <list type="bullet">
/// <item>received: cases started in the month;</item>
/// <item>finished: cases closed in the month, whatever their end (a returned berkas closed as "dikembalikan" too);</item>
/// <item>returned: cases the engine sent back to the pemohon as "tidak lengkap" in the month — each such act is
/// journaled as <see cref="JournalAction.ReturnedToApplicant"/> — counted once per case, except a case rejected in the
/// same month, which counts as rejected only (docs/decisions/015-loops-and-end-kinds.md);</item>
/// <item>rejected: cases closed in the month at an end of kind "rejected" (ditolak) of their version — part of finished;</item>
/// <item>in progress: cases started before the month's end and not closed by then;</item>
/// <item>on time: a finished case is on time when every one of its steps that had a due time was done at or
/// before it (steps waiting on the pemohon have no due time and are not judged);</item>
/// <item>time to finish: office time from StartedAt to ClosedAt on the working calendar (weekends, holidays and
/// hours outside office hours do not count), divided by the length of one hari kerja; mean and the 90th
/// percentile by nearest rank (the smallest value at or above 90% of the sorted list);</item>
/// <item>breaches by step: items done in the month after their due time, plus items still open at the month's
/// end whose due time had passed by then. An item late across a month's end counts in both months.</item>
/// </list>
/// The "Layanan online" section is counted by its own query classes (Reports/Online, docs/decisions/022).
/// Whether a step counts against the office, and its number and name, are read from the definition version the berkas
/// runs on (a later version may have moved or renamed it).
/// </summary>
public sealed class MonthlyReportService(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, OfficeTime time,
    SopDesk.Web.Features.LaborMarket.ProjectionCatchUp? catchUp = null)
{
    private static readonly string Returned = nameof(JournalAction.ReturnedToApplicant);

    private sealed record FinishedCase(Guid Id, string DefinitionId, DateTimeOffset StartedAt, DateTimeOffset ClosedAt, bool OnTime, bool Rejected);

    private sealed record BreachCount(string DefinitionId, string DefinitionHash, string StepId, int Count);

    /// <summary>The month a report is normally asked for: the one before today's, in the office's zone.</summary>
    public (int Year, int Month) PreviousMonth()
    {
        var previous = time.Now.AddMonths(-1);
        return (previous.Year, previous.Month);
    }

    public async Task<MonthlyReport> BuildAsync(int year, int month, CancellationToken ct = default)
    {
        var first = new DateOnly(year, month, 1);
        var start = time.StartOfDay(first);
        var end = time.StartOfDay(first.AddMonths(1));
        await using var db = await contexts.CreateDbContextAsync(ct);
        var cases = db.Cases.AsNoTracking();

        var received = await CountByDefinitionAsync(cases.Where(c => c.StartedAt >= start && c.StartedAt < end), ct);
        var inProgress = await CountByDefinitionAsync(cases.Where(c => c.StartedAt < end && (c.ClosedAt == null || c.ClosedAt >= end)), ct);
        var returnedIds = db.Journal.Where(j => j.Action == Returned && j.At >= start && j.At < end).Select(j => j.CaseId);
        var returnedCases = await cases.Where(c => returnedIds.Contains(c.Id)).Select(c => new { c.Id, c.DefinitionId }).ToListAsync(ct);
        var finishedRows = (await cases.Where(c => c.ClosedAt >= start && c.ClosedAt < end)
            .Select(c => new
            {
                c.Id, c.DefinitionId, c.DefinitionHash, c.StartedAt, ClosedAt = c.ClosedAt!.Value, c.EndId,
                LateSteps = c.WorkItems.Where(w => w.DueAt != null && (w.DoneAt == null || w.DoneAt > w.DueAt)).Select(w => w.StepId).ToList(),
            })
            .ToListAsync(ct));
        var finished = new List<FinishedCase>(finishedRows.Count);
        foreach (var c in finishedRows)
        {
            var version = await catalog.GetVersionAsync(c.DefinitionId, c.DefinitionHash, ct);
            finished.Add(new FinishedCase(c.Id, c.DefinitionId, c.StartedAt, c.ClosedAt, !c.LateSteps.Any(step => CountsAgainstOffice(version, step)),
                version.Ends.Any(e => e.Id == c.EndId && e.Kind == EndKind.Rejected)));
        }
        // A berkas sent back for revision and then rejected in the month is one rejection, not also a return.
        var rejectedIds = finished.Where(f => f.Rejected).Select(f => f.Id).ToHashSet();
        var returned = returnedCases.Where(c => !rejectedIds.Contains(c.Id)).CountBy(c => c.DefinitionId).ToDictionary();
        var breachCounts = await db.WorkItems.AsNoTracking()
            .Where(w => w.DueAt != null && w.DueAt < end && (
                (w.DoneAt >= start && w.DoneAt < end && w.DoneAt > w.DueAt) ||
                (w.ArrivedAt < end && (w.DoneAt == null || w.DoneAt >= end))))
            .GroupBy(w => new { w.DefinitionId, w.Case!.DefinitionHash, w.StepId })
            .Select(g => new BreachCount(g.Key.DefinitionId, g.Key.DefinitionHash, g.Key.StepId, g.Count()))
            .ToListAsync(ct);
        var breaches = await StepBreachesAsync(breachCounts, ct);

        var days = finished.ToLookup(f => f.DefinitionId, WorkingDays);
        var ids = catalog.Current.Select(d => d.Id)
            .Concat(received.Keys).Concat(inProgress.Keys).Concat(returned.Keys).Concat(finished.Select(f => f.DefinitionId)).Concat(breaches.Select(b => b.DefinitionId))
            .Distinct().ToList();
        var rows = ids.Select(id => new SopMonthFigures(id, catalog.Display(id)?.Header.Nomor ?? id, catalog.Display(id)?.Header.Nama ?? id,
                received.GetValueOrDefault(id), finished.Count(f => f.DefinitionId == id), returned.GetValueOrDefault(id),
                finished.Count(f => f.DefinitionId == id && f.Rejected), inProgress.GetValueOrDefault(id),
                finished.Count(f => f.DefinitionId == id && f.OnTime), Mean([.. days[id]]), P90([.. days[id]]),
                [.. breaches.Where(b => b.DefinitionId == id).OrderBy(b => b.StepNo).ThenBy(b => b.StepId, StringComparer.Ordinal)]))
            .OrderBy(r => r.Nomor, StringComparer.Ordinal).ToList();
        var all = finished.Select(WorkingDays).ToList();
        var total = new SopMonthFigures("", "", "Jumlah", rows.Sum(r => r.Received), rows.Sum(r => r.Finished), rows.Sum(r => r.Returned),
            rows.Sum(r => r.Rejected), rows.Sum(r => r.InProgress), rows.Sum(r => r.FinishedOnTime), Mean(all), P90(all), [.. rows.SelectMany(r => r.Breaches)]);
        var window = new Online.ReportWindow(start, end, time);
        var online = new Online.OnlineMonthFigures(await Online.RegistrationFigures.CountAsync(db, catalog, window, ct),
            await Online.OnlineApplicationFigures.CountAsync(db, catalog, window, ct), await Online.ComplaintFigures.CountAsync(db, catalog, window, ct));
        if (catchUp is not null) await catchUp.CatchUpAsync(ct);
        var jobMarket = await SopDesk.Web.Features.LaborMarket.Figures.LaborMarketFigures.LoadAsync(db, time.Calendar.Zone, year, month, ct);
        return new MonthlyReport(year, month, OfficeName(), rows, total, time.Now) { Online = online, JobMarket = jobMarket, Zone = time.ZoneAbbreviation };
    }

    /// <summary>The SLA watcher's rule: lateness while the berkas waits on the pemohon or an outside party is not the office's.</summary>
    internal static bool CountsAgainstOffice(SopDefinition version, string stepId) =>
        version.Steps.FirstOrDefault(s => s.Id == stepId) is not { CountsAgainstOffice: false };

    /// <summary>Breaches per step, each judged and named by its berkas's version; one line per SOP step across versions.</summary>
    private async Task<List<StepBreaches>> StepBreachesAsync(IReadOnlyList<BreachCount> counts, CancellationToken ct)
    {
        var judged = new List<StepBreaches>();
        foreach (var b in counts)
        {
            var version = await catalog.GetVersionAsync(b.DefinitionId, b.DefinitionHash, ct);
            if (!CountsAgainstOffice(version, b.StepId)) continue;
            var step = version.Steps.FirstOrDefault(s => s.Id == b.StepId);
            judged.Add(new StepBreaches(b.DefinitionId, b.StepId, step?.No ?? 0, step?.Kegiatan ?? b.StepId, b.Count) { StepNumber = step?.Number ?? "0" });
        }
        return [.. judged.GroupBy(b => (b.DefinitionId, b.StepId)).Select(g => g.First() with { Count = g.Sum(b => b.Count) })];
    }

    private static async Task<Dictionary<string, int>> CountByDefinitionAsync(IQueryable<Data.Entities.CaseRecord> cases, CancellationToken ct) =>
        await cases.GroupBy(c => c.DefinitionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    private double WorkingDays(FinishedCase c) =>
        time.Calendar.WorkingTimeBetween(c.StartedAt, c.ClosedAt) / OfficeTime.WorkingDayLength(time.Calendar);

    private static double? Mean(List<double> values) => values.Count == 0 ? null : values.Average();

    private static double? P90(List<double> values) => NearestRank.Percentile(values.Order().ToList(), 90);

    /// <summary>The office as its SOP files name it: "Bidang Tenaga Kerja — Dinas …".</summary>
    private string OfficeName() => catalog.Current is [{ Header: var h }, ..] ? $"{h.Unit} — {h.Instansi}" : "";
}
