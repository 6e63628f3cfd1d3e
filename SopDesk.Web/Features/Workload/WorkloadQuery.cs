using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.Workload;

/// <summary>
/// The workload dashboard's figures: open items per lane and per holder, their age in hari kerja on the office
/// calendar, the oldest ones, and items finished per week. Open items are few (one per running berkas), so
/// they are read once and counted here; finished items are read only as their DoneAt for the last weeks.
/// </summary>
public sealed class WorkloadQuery(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, OfficeTime time)
{
    public const int WeekCount = 12;
    public const int OldestCount = 10;
    public const string Unclaimed = "Belum diambil";

    /// <summary>Whole hari kerja since arrival, counted as targets count them (Wednesday 14.00 → Thursday 14.00 is one).</summary>
    private static readonly (string Label, int Min, int? Max)[] Buckets =
        [("< 1 hari kerja", 0, 0), ("1–2 hari kerja", 1, 2), ("3–5 hari kerja", 3, 5), ("> 5 hari kerja", 6, null)];

    private sealed record OpenRow(Guid CaseId, string CaseNumber, string ApplicantName, string DefinitionId, string StepId, string LaneId,
        string Roles, string? HolderUserId, string? HolderName, DateTimeOffset ArrivedAt, DateTimeOffset? DueAt);

    public async Task<Workload> LoadAsync(string? definitionId = null, CancellationToken ct = default)
    {
        var now = time.Now;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var items = db.WorkItems.AsNoTracking();
        if (!string.IsNullOrEmpty(definitionId)) items = items.Where(w => w.DefinitionId == definitionId);

        var open = await items.Where(w => w.Status == WorkItemStatus.Open)
            .Select(w => new OpenRow(w.CaseId, w.Case!.Number, w.Case.ApplicantName, w.DefinitionId, w.StepId, w.LaneId, w.Roles,
                w.HolderUserId, w.HolderName, w.ArrivedAt, w.DueAt))
            .ToListAsync(ct);

        var firstMonday = MondayOf(DateOnly.FromDateTime(now.DateTime)).AddDays(-7 * (WeekCount - 1));
        var since = time.StartOfDay(firstMonday);
        var done = await items.Where(w => w.Status == WorkItemStatus.Done && w.DoneAt >= since).Select(w => w.DoneAt!.Value).ToListAsync(ct);

        var office = open.Where(o => o.DueAt is not null).ToList();
        return new Workload(Lanes(open, now), Officers(open, now), Ageing(office, now), open.Count - office.Count,
            Throughput(done, firstMonday), Oldest(office, now));
    }

    private List<LaneLoad> Lanes(List<OpenRow> open, DateTimeOffset now) =>
        [.. open.GroupBy(o => o.LaneId)
            .Select(g => new LaneLoad(g.Key, LaneName(g.Key, g),
                [.. g.SelectMany(o => o.Roles.Split('|', StringSplitOptions.RemoveEmptyEntries)).Distinct()],
                g.Count(), g.Count(o => o.HolderUserId is null), g.Count(o => o.DueAt < now)))
            .OrderByDescending(l => l.Open).ThenBy(l => l.Name, StringComparer.Ordinal)];

    private static List<OfficerLoad> Officers(List<OpenRow> open, DateTimeOffset now) =>
        [.. open.GroupBy(o => o.HolderUserId)
            .Select(g => new OfficerLoad(g.Key, g.Key is null ? Unclaimed : g.First().HolderName ?? g.Key, g.Count(), g.Count(o => o.DueAt < now)))
            .OrderBy(o => o.UserId is null).ThenByDescending(o => o.Open).ThenBy(o => o.Name, StringComparer.Ordinal)];

    private List<AgeBucket> Ageing(List<OpenRow> office, DateTimeOffset now)
    {
        var ages = office.Select(o => time.Calendar.WorkingDaysBetween(o.ArrivedAt, now)).ToList();
        return [.. Buckets.Select(b => new AgeBucket(b.Label, b.Min, b.Max, ages.Count(a => a >= b.Min && (b.Max is null || a <= b.Max))))];
    }

    private List<WeekThroughput> Throughput(List<DateTimeOffset> done, DateOnly firstMonday)
    {
        var counts = new int[WeekCount];
        foreach (var at in done)
        {
            var week = (DateOnly.FromDateTime(time.Calendar.ToLocal(at).DateTime).DayNumber - firstMonday.DayNumber) / 7;
            if (week < WeekCount) counts[week]++;
        }
        return [.. counts.Select((n, i) => new WeekThroughput(firstMonday.AddDays(7 * i), n))];
    }

    private List<OldItem> Oldest(List<OpenRow> office, DateTimeOffset now) =>
        [.. office.OrderBy(o => o.ArrivedAt).Take(OldestCount)
            .Select(o => new OldItem(o.CaseId, o.CaseNumber, o.ApplicantName, o.DefinitionId, o.StepId, o.LaneId, o.HolderName,
                o.ArrivedAt, o.DueAt, time.Calendar.WorkingTimeBetween(o.ArrivedAt, now)))];

    /// <summary>The lane's name in the SOP files of its items (the first by nomor, where SOPs name one lane id differently).</summary>
    private string LaneName(string laneId, IEnumerable<OpenRow> items)
    {
        var definitionIds = items.Select(i => i.DefinitionId).ToHashSet();
        return catalog.Displayable.Where(d => definitionIds.Contains(d.Id)).SelectMany(d => d.Lanes).FirstOrDefault(l => l.Id == laneId)?.Name ?? laneId;
    }

    private static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
