using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Dashboards;

/// <summary>Which finished steps to measure: one SOP, steps done on office days From..To (both included), optionally one lane or one officer.</summary>
public sealed record StepTimesFilter(string DefinitionId, DateOnly From, DateOnly To, string? LaneId = null, string? ActorUserId = null)
{
    /// <summary>The period as instants: from the start of <see cref="From"/> to the start of the day after <see cref="To"/>, in the office's zone.</summary>
    public (DateTimeOffset From, DateTimeOffset Until) Instants(TimeZoneInfo officeZone) =>
        (OfficeDays.StartOf(From, officeZone), OfficeDays.StartOf(To.AddDays(1), officeZone));
}

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
/// The time-per-step figures, read from the rollup (<see cref="StepTimeRollup"/>): whole months inside the period
/// from the monthly rows, the days at either end from the daily rows. The histograms merge exactly, so the
/// percentiles are the nearest-rank values of every finished step (<see cref="NearestRank"/>).
/// </summary>
public static class StepTimesQuery
{
    public static async Task<IReadOnlyList<StepTimes>> ForAsync(SopDeskDbContext db, StepTimesFilter filter, CancellationToken ct = default)
    {
        var rows = await Rows(db, filter).Select(r => new Part(r.StepId, r.PeriodStart, r.WithDueTime, r.WithinTarget, r.Histogram)).ToListAsync(ct);
        return [.. rows.GroupBy(r => r.StepId).Select(g => Summarise(g.Key, g))];
    }

    /// <summary>A step's figures per week (Monday) or per month, for its chart, from the daily rows.</summary>
    public static async Task<IReadOnlyList<StepTimesPoint>> TrendAsync(SopDeskDbContext db, StepTimesFilter filter, string stepId, bool byMonth,
        CancellationToken ct = default)
    {
        var rows = await Scoped(db, filter).Where(r => r.StepId == stepId && r.Period == RollupPeriod.Day && r.PeriodStart >= filter.From && r.PeriodStart <= filter.To)
            .Select(r => new Part(r.StepId, r.PeriodStart, r.WithDueTime, r.WithinTarget, r.Histogram)).ToListAsync(ct);
        return [.. rows
            .GroupBy(r => byMonth ? StepTimeRollup.FirstOfMonth(r.Start) : r.Start.AddDays(-(((int)r.Start.DayOfWeek + 6) % 7)))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var figures = Summarise(stepId, g);
                return new StepTimesPoint(g.Key, figures.Count, figures.MedianMinutes, figures.P90Minutes, figures.ShareWithinTarget);
            })];
    }

    private sealed record Part(string StepId, DateOnly Start, int WithDueTime, int WithinTarget, byte[] Histogram);

    private static IQueryable<StepTimeRollupRecord> Scoped(SopDeskDbContext db, StepTimesFilter filter)
    {
        var actor = filter.ActorUserId ?? StepTimeRollupRecord.AllOfficers;
        var rows = db.StepTimeRollups.AsNoTracking().Where(r => r.DefinitionId == filter.DefinitionId && r.ActorKey == actor);
        return filter.LaneId is { } lane ? rows.Where(r => r.LaneId == lane) : rows;
    }

    /// <summary>The rows covering From..To exactly: months wholly inside it, and the days before and after them.</summary>
    private static IQueryable<StepTimeRollupRecord> Rows(SopDeskDbContext db, StepTimesFilter filter)
    {
        var (from, to) = (filter.From, filter.To);
        var firstMonth = from.Day == 1 ? from : StepTimeRollup.FirstOfMonth(from).AddMonths(1);
        var endMonth = to.AddDays(1).Day == 1 ? to.AddDays(1) : StepTimeRollup.FirstOfMonth(to);
        var rows = Scoped(db, filter);
        if (firstMonth >= endMonth)
            return rows.Where(r => r.Period == RollupPeriod.Day && r.PeriodStart >= from && r.PeriodStart <= to);
        return rows.Where(r =>
            (r.Period == RollupPeriod.Month && r.PeriodStart >= firstMonth && r.PeriodStart < endMonth)
            || (r.Period == RollupPeriod.Day && ((r.PeriodStart >= from && r.PeriodStart < firstMonth) || (r.PeriodStart >= endMonth && r.PeriodStart <= to))));
    }

    private static StepTimes Summarise(string stepId, IEnumerable<Part> parts)
    {
        var histogram = new MinuteHistogram();
        int withDue = 0, within = 0;
        foreach (var part in parts)
        {
            histogram.AddEncoded(part.Histogram);
            withDue += part.WithDueTime;
            within += part.WithinTarget;
        }
        return new StepTimes(stepId, histogram.Count, histogram.Percentile(50), histogram.Percentile(90), histogram.Max, withDue, within);
    }
}
