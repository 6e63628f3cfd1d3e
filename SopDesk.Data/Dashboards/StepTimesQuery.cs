using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Dashboards;

/// <summary>Which finished steps to measure: one SOP, steps done in [From, To), optionally one lane or one officer.</summary>
public sealed record StepTimesFilter(string DefinitionId, DateTimeOffset From, DateTimeOffset To, string? LaneId = null, string? ActorUserId = null);

/// <summary>
/// How one step kept its target: how many were done, the working time they took (median, p90, max, in minutes of
/// office time), and how many of those with a due time were done by it.
/// </summary>
public sealed record StepTimes(string StepId, int Count, int? MedianMinutes, int? P90Minutes, int? MaxMinutes, int WithDueTime, int WithinTarget)
{
    /// <summary>Share done within target, 0–1; null when no item of the step had a due time (the pemohon's steps).</summary>
    public double? ShareWithinTarget => WithDueTime == 0 ? null : (double)WithinTarget / WithDueTime;
}

/// <summary>One point of a step's trend: the period's start and its figures.</summary>
public sealed record StepTimesPoint(DateOnly Period, int Count, int? MedianMinutes, int? P90Minutes, double? ShareWithinTarget);

/// <summary>
/// The time-per-step figures, computed exactly from the finished work items (their stored working minutes) through
/// the partial index of done items by SOP, step and time. Percentiles are nearest-rank (<see cref="NearestRank"/>).
/// </summary>
public static class StepTimesQuery
{
    public static async Task<IReadOnlyList<StepTimes>> ForAsync(SopDeskDbContext db, StepTimesFilter filter, CancellationToken ct = default)
    {
        var rows = await Done(db, filter).Select(w => new { w.StepId, w.WorkingMinutes, w.DueAt, w.DoneAt }).ToListAsync(ct);
        return [.. rows.GroupBy(r => r.StepId).Select(g => Summarise(g.Key, [.. g.Select(r => (r.WorkingMinutes!.Value, r.DueAt, r.DoneAt!.Value))]))];
    }

    /// <summary>A step's figures per week (Monday) or per month, for its chart.</summary>
    public static async Task<IReadOnlyList<StepTimesPoint>> TrendAsync(SopDeskDbContext db, StepTimesFilter filter, string stepId, bool byMonth,
        TimeZoneInfo officeZone, CancellationToken ct = default)
    {
        var rows = await Done(db, filter).Where(w => w.StepId == stepId)
            .Select(w => new { w.WorkingMinutes, w.DueAt, w.DoneAt }).ToListAsync(ct);
        return [.. rows
            .GroupBy(r => PeriodOf(TimeZoneInfo.ConvertTime(r.DoneAt!.Value, officeZone), byMonth))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var figures = Summarise(stepId, [.. g.Select(r => (r.WorkingMinutes!.Value, r.DueAt, r.DoneAt!.Value))]);
                return new StepTimesPoint(g.Key, figures.Count, figures.MedianMinutes, figures.P90Minutes, figures.ShareWithinTarget);
            })];
    }

    private static IQueryable<WorkItemRecord> Done(SopDeskDbContext db, StepTimesFilter filter)
    {
        var items = db.WorkItems.AsNoTracking().Where(w => w.Status == WorkItemStatus.Done && w.DefinitionId == filter.DefinitionId
            && w.DoneAt >= filter.From && w.DoneAt < filter.To && w.WorkingMinutes != null);
        if (filter.LaneId is { } lane) items = items.Where(w => w.LaneId == lane);
        if (filter.ActorUserId is { } actor) items = items.Where(w => w.ActorUserId == actor);
        return items;
    }

    private static StepTimes Summarise(string stepId, List<(int Minutes, DateTimeOffset? DueAt, DateTimeOffset DoneAt)> rows)
    {
        var sorted = rows.Select(r => r.Minutes).Order().ToList();
        var withDue = rows.Where(r => r.DueAt is not null).ToList();
        return new StepTimes(stepId, rows.Count, NearestRank.Percentile(sorted, 50), NearestRank.Percentile(sorted, 90), sorted.Count == 0 ? null : sorted[^1],
            withDue.Count, withDue.Count(r => r.DoneAt <= r.DueAt));
    }

    private static DateOnly PeriodOf(DateTimeOffset local, bool byMonth)
    {
        var day = DateOnly.FromDateTime(local.DateTime);
        return byMonth ? new DateOnly(day.Year, day.Month, 1) : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }
}
