using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Dashboards;
using SopDesk.Data.Entities;
using SopDesk.Tests.Workflows.Engine;

namespace SopDesk.Tests.Data;

/// <summary>
/// The dashboards' rollup: kept by every finished step in its own transaction, equal to one rebuilt from the work
/// items, and giving for any period the figures a plain count over the work items gives.
/// </summary>
public class StepTimeRollupTests
{
    private static readonly TimeZoneInfo Wib = StepTimesQueryTests.Wib;

    /// <summary>
    /// 40 AK1 berkas carried to the end through the real engine and store, starting from late September to early
    /// November, each step taking from a few minutes to three days, so steps finish on many days across three months.
    /// </summary>
    private static async Task SeedThroughTheStoreAsync(TempDatabase database)
    {
        var random = new Random(40);
        for (var i = 0; i < 40; i++)
        {
            var driver = new CaseDriver("ak1") { Now = new DateTimeOffset(2026, 9, 24, 8, 0, 0, TimeSpan.FromHours(7)).AddHours(i * 29 + random.Next(0, 9)) };
            await ApplyAsync(database, driver, driver.Start());
            foreach (var outcome in new string?[] { "lengkap", null, "paraf", "tandatangan", null })
            {
                driver.Now = driver.Now.AddMinutes(random.Next(0, 3) == 0 ? random.Next(600, 4_000) : random.Next(1, 90));
                await ApplyAsync(database, driver, driver.Do(outcome));
            }
        }
    }

    private static async Task ApplyAsync(TempDatabase database, CaseDriver driver, SopDesk.Workflows.Engine.Accepted result)
    {
        await using var db = database.NewContext();
        (await new CaseStore(db).ApplyAsync(result, driver.Definition, Wib)).ShouldBeOfType<Applied>();
    }

    private static async Task<List<string>> SnapshotAsync(TempDatabase database)
    {
        await using var db = database.NewContext();
        var rows = await db.StepTimeRollups.AsNoTracking().ToListAsync();
        return [.. rows.Select(r =>
        {
            var histogram = new MinuteHistogram();
            histogram.AddEncoded(r.Histogram);
            return $"{r.DefinitionId}/{r.StepId}/{r.LaneId}/{r.ActorKey}/{r.Period}/{r.PeriodStart:yyyy-MM-dd}: {r.Count} {r.WithDueTime} {r.WithinTarget} "
                + $"p50={histogram.Percentile(50)} p90={histogram.Percentile(90)} max={histogram.Max} n={histogram.Count}";
        }).Order()];
    }

    [Fact]
    public async Task The_rollup_kept_by_each_finished_step_equals_one_rebuilt_from_the_work_items()
    {
        await using var database = await TempDatabase.CreateAsync();
        await SeedThroughTheStoreAsync(database);

        var kept = await SnapshotAsync(database);
        await using (var db = database.NewContext())
        {
            (await db.StepTimeRollups.Where(r => r.ActorKey == StepTimeRollupRecord.AllOfficers && r.Period == RollupPeriod.Day).SumAsync(r => r.Count))
                .ShouldBe(await db.WorkItems.CountAsync(w => w.Status == WorkItemStatus.Done));
            await StepTimeRollup.RebuildAsync(db, Wib);
        }

        kept.Count.ShouldBeGreaterThan(100);
        (await SnapshotAsync(database)).ShouldBe(kept);
    }

    [Theory]
    [InlineData("2026-10-05", "2026-10-05")] // one day
    [InlineData("2026-10-03", "2026-10-20")] // inside one month
    [InlineData("2026-09-28", "2026-11-03")] // a whole month and days on either side
    [InlineData("2026-10-01", "2026-10-31")] // exactly one month
    [InlineData("2026-09-01", "2026-11-30")] // whole months only
    [InlineData("0001-01-01", "2026-12-31")] // all time
    public async Task Figures_for_a_period_equal_a_plain_count_over_the_work_items(string from, string to)
    {
        await using var database = await TempDatabase.CreateAsync();
        await SeedThroughTheStoreAsync(database);
        var filter = new StepTimesFilter("ak1", DateOnly.Parse(from), DateOnly.Parse(to));

        await using var db = database.NewContext();
        var items = (await db.WorkItems.AsNoTracking().Where(w => w.Status == WorkItemStatus.Done).ToListAsync())
            .Where(w => OfficeDays.DayOf(w.DoneAt!.Value, Wib) is var day && day >= filter.From && day <= filter.To).ToList();
        var figures = (await StepTimesQuery.ForAsync(db, filter)).ToDictionary(f => f.StepId);
        var officer = (await StepTimesQuery.ForAsync(db, filter with { ActorUserId = "user-kasi" })).ToDictionary(f => f.StepId);

        figures.Keys.ShouldBe(items.Select(w => w.StepId).Distinct(), ignoreOrder: true);
        foreach (var step in items.GroupBy(w => w.StepId))
        {
            var minutes = step.Select(w => w.WorkingMinutes!.Value).ToArray();
            var f = figures[step.Key];
            f.Count.ShouldBe(minutes.Length);
            f.MedianMinutes.ShouldBe(SmallestCovering(minutes, 50));
            f.P90Minutes.ShouldBe(SmallestCovering(minutes, 90));
            f.MaxMinutes.ShouldBe(minutes.Max());
            f.WithDueTime.ShouldBe(step.Count(w => w.DueAt is not null));
            f.WithinTarget.ShouldBe(step.Count(w => w.DueAt is { } due && w.DoneAt <= due));
        }
        officer.Values.Sum(f => f.Count).ShouldBe(items.Count(w => w.ActorUserId == "user-kasi"));
    }

    private static int SmallestCovering(int[] values, int percent) =>
        values.Distinct().Order().First(v => values.Count(x => x <= v) * 100 >= percent * values.Length);

    [Fact]
    public void A_histogram_survives_encoding_and_merges_into_the_distribution_of_both_halves()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 5_000).Select(_ => random.Next(0, 3) switch { 0 => random.Next(0, 60), 1 => random.Next(60, 5_000), _ => random.Next(5_000, 400_000) }).ToArray();
        var (left, right) = (new MinuteHistogram(), new MinuteHistogram());
        foreach (var (value, index) in values.Select((v, i) => (v, i))) (index % 2 == 0 ? left : right).Add(value);

        var merged = new MinuteHistogram();
        merged.AddEncoded(left.Encode());
        merged.AddEncoded(right.Encode());

        merged.Count.ShouldBe(values.Length);
        merged.Max.ShouldBe(values.Max());
        foreach (var percent in new[] { 1, 25, 50, 90, 99, 100 })
            merged.Percentile(percent).ShouldBe(SmallestCovering(values, percent), $"p{percent}");
        new MinuteHistogram().Percentile(50).ShouldBeNull();
    }
}
