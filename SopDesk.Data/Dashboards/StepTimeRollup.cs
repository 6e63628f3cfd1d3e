using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Dashboards;

/// <summary>One finished step as the rollup counts it.</summary>
public readonly record struct FinishedStep(string DefinitionId, string StepId, string LaneId, string? ActorUserId, DateTimeOffset DoneAt,
    DateTimeOffset? DueAt, int WorkingMinutes)
{
    public bool WithinTarget => DueAt is { } due && DoneAt <= due;
}

/// <summary>
/// Keeps <see cref="StepTimeRollupRecord"/>s: four rows per finished step (its day and its month, for all officers
/// and for the officer), added in the step's own write transaction; and rebuilds them from the work items once,
/// for data that predates the table.
/// </summary>
public static class StepTimeRollup
{
    /// <summary>Counts one finished step. Call inside the write transaction that finishes it (its write lock makes read-then-write safe).</summary>
    /// <remarks>
    /// One plain read of the four rows and one four-row upsert carrying the new counts and histograms: two statements
    /// instead of a tracked read and up to four statements from SaveChanges (decision 028).
    /// </remarks>
    public static async Task AddAsync(SopDeskDbContext db, FinishedStep step, TimeZoneInfo officeZone, CancellationToken ct = default)
    {
        var day = OfficeDays.DayOf(step.DoneAt, officeZone);
        var month = FirstOfMonth(day);
        var actor = step.ActorUserId ?? "";
        const string all = StepTimeRollupRecord.AllOfficers;
        var (definition, stepId, lane) = (step.DefinitionId, step.StepId, step.LaneId);
        // SQLite's write lock already orders the steps; PostgreSQL's concurrent steps of one SOP step wait here, or one's
        // counts would overwrite the other's (read, add, write). Released at the step's commit (decision 043).
        await db.Database.TakeTurnAsync($"rollup/{definition}/{stepId}", ct);
        var rows = await CaseMapping.QueryAsync(db, Read, r => new StepTimeRollupRecord
        {
            ActorKey = r.GetString(0), Period = Enum.Parse<RollupPeriod>(r.GetString(1)), PeriodStart = CaseMapping.Day(r, 2),
            Count = r.GetInt32(3), WithDueTime = r.GetInt32(4), WithinTarget = r.GetInt32(5), Histogram = (byte[])r.GetValue(6),
        }, ct, ("@definition", definition), ("@step", stepId), ("@lane", lane), ("@all", all), ("@actor", actor),
            ("@day", day), ("@month", month));
        var keys = RowKeys(day, month, actor);
        var parameters = new List<(string, object?)> { ("@definition", definition), ("@step", stepId), ("@lane", lane) };
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            var row = rows.FirstOrDefault(r => r.Period == key.Period && r.PeriodStart == key.Start && r.ActorKey == key.Actor) ?? NewRow(step, key);
            var histogram = new MinuteHistogram();
            histogram.AddEncoded(row.Histogram);
            histogram.Add(step.WorkingMinutes);
            Count(row, step);
            parameters.AddRange([($"@actor{i}", key.Actor), ($"@period{i}", key.Period.ToString()), ($"@start{i}", key.Start),
                ($"@count{i}", row.Count), ($"@due{i}", row.WithDueTime), ($"@within{i}", row.WithinTarget), ($"@histogram{i}", histogram.Encode())]);
        }
        await CaseMapping.ExecuteAsync(db, Upsert, ct, [.. parameters]);
    }

    // One search of the unique index per whole key (2 officer keys × 2 periods × 2 starts: the four rows, and on the
    // first of a month the day row of that day, which the caller's key match skips). Half the preparing cost of four
    // OR'ed terms, which SQLite plans one by one, on every step (decision 038).
    private const string Read = """
        SELECT "ActorKey", "Period", "PeriodStart", "Count", "WithDueTime", "WithinTarget", "Histogram" FROM "StepTimeRollups"
        WHERE "DefinitionId" = @definition AND "ActorKey" IN (@all, @actor) AND "Period" IN ('Day', 'Month') AND "PeriodStart" IN (@day, @month)
            AND "StepId" = @step AND "LaneId" = @lane
        """;

    private static readonly string Upsert = $"""
        INSERT INTO "StepTimeRollups" ("DefinitionId", "StepId", "LaneId", "ActorKey", "Period", "PeriodStart", "Count", "WithDueTime", "WithinTarget", "Histogram")
        VALUES {string.Join(", ", Enumerable.Range(0, 4).Select(i => $"(@definition, @step, @lane, @actor{i}, @period{i}, @start{i}, @count{i}, @due{i}, @within{i}, @histogram{i})"))}
        ON CONFLICT ("DefinitionId", "ActorKey", "Period", "PeriodStart", "StepId", "LaneId") DO UPDATE SET
            "Count" = excluded."Count", "WithDueTime" = excluded."WithDueTime", "WithinTarget" = excluded."WithinTarget", "Histogram" = excluded."Histogram"
        """;

    /// <summary>Builds the rollup from the finished work items when it is empty but steps have been finished (data from before it existed).</summary>
    public static async Task<bool> EnsureBuiltAsync(SopDeskDbContext db, TimeZoneInfo officeZone, CancellationToken ct = default)
    {
        if (await db.StepTimeRollups.AnyAsync(ct)) return false;
        if (!await db.WorkItems.AnyAsync(w => w.Status == WorkItemStatus.Done && w.WorkingMinutes != null, ct)) return false;
        await RebuildAsync(db, officeZone, ct);
        return true;
    }

    /// <summary>Replaces the rollup with one computed from every finished work item, one SOP step at a time.</summary>
    public static async Task RebuildAsync(SopDeskDbContext db, TimeZoneInfo officeZone, CancellationToken ct = default)
    {
        await db.StepTimeRollups.ExecuteDeleteAsync(ct);
        var group = new Dictionary<RowKey, (StepTimeRollupRecord Row, MinuteHistogram Histogram)>();
        (string Definition, string Step)? current = null;
        var finished = db.WorkItems.AsNoTracking()
            .Where(w => w.Status == WorkItemStatus.Done && w.WorkingMinutes != null)
            .OrderBy(w => w.DefinitionId).ThenBy(w => w.StepId)
            .Select(w => new FinishedStep(w.DefinitionId, w.StepId, w.LaneId, w.ActorUserId, w.DoneAt!.Value, w.DueAt, w.WorkingMinutes!.Value))
            .AsAsyncEnumerable();
        // A second context writes while the first one streams the items.
        await using var writer = new SopDeskDbContext(SopDeskDatabase.Options(DatabaseSettings.Of(db)));
        await foreach (var step in finished.WithCancellation(ct))
        {
            if (current != (step.DefinitionId, step.StepId))
            {
                await FlushAsync(writer, group, ct);
                current = (step.DefinitionId, step.StepId);
            }
            var day = OfficeDays.DayOf(step.DoneAt, officeZone);
            foreach (var key in RowKeys(day, FirstOfMonth(day), step.ActorUserId ?? "", step.LaneId))
            {
                if (!group.TryGetValue(key, out var entry)) group[key] = entry = (NewRow(step, key), new MinuteHistogram());
                entry.Histogram.Add(step.WorkingMinutes);
                Count(entry.Row, step);
            }
        }
        await FlushAsync(writer, group, ct);
    }

    public static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    private readonly record struct RowKey(RollupPeriod Period, DateOnly Start, string Actor, string Lane = "");

    private static RowKey[] RowKeys(DateOnly day, DateOnly month, string actor, string lane = "") =>
    [
        new(RollupPeriod.Day, day, StepTimeRollupRecord.AllOfficers, lane), new(RollupPeriod.Day, day, actor, lane),
        new(RollupPeriod.Month, month, StepTimeRollupRecord.AllOfficers, lane), new(RollupPeriod.Month, month, actor, lane),
    ];

    private static StepTimeRollupRecord NewRow(FinishedStep step, RowKey key) => new()
    {
        DefinitionId = step.DefinitionId, StepId = step.StepId, LaneId = step.LaneId, ActorKey = key.Actor, Period = key.Period, PeriodStart = key.Start,
    };

    private static void Count(StepTimeRollupRecord row, FinishedStep step)
    {
        row.Count++;
        if (step.DueAt is null) return;
        row.WithDueTime++;
        if (step.WithinTarget) row.WithinTarget++;
    }

    private static async Task FlushAsync(SopDeskDbContext writer, Dictionary<RowKey, (StepTimeRollupRecord Row, MinuteHistogram Histogram)> group, CancellationToken ct)
    {
        foreach (var (row, histogram) in group.Values) row.Histogram = histogram.Encode();
        writer.StepTimeRollups.AddRange(group.Values.Select(e => e.Row));
        await writer.SaveChangesAsync(ct);
        writer.ChangeTracker.Clear();
        group.Clear();
    }
}
