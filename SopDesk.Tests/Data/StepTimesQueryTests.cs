using SopDesk.Data.Dashboards;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Data;

/// <summary>The time-per-step figures on a hand-built set, against a plain reading of what a percentile is.</summary>
public class StepTimesQueryTests
{
    private static readonly DateTimeOffset Day = new(2026, 10, 5, 9, 0, 0, TimeSpan.FromHours(7));
    internal static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
    private static readonly DateOnly Oct5 = new(2026, 10, 5);

    /// <summary>
    /// Adds one finished item of <paramref name="stepId"/> per duration (the first <paramref name="lateCount"/> finished after their due
    /// time) and rebuilds the dashboards' rollup from the work items, as the app does for data stored before the rollup existed.
    /// </summary>
    internal static async Task SeedAsync(TempDatabase database, string definitionId, string stepId, int[] minutes, int lateCount, DateTimeOffset day,
        string actor = "petugas-1")
    {
        await using var db = database.NewContext();
        for (var i = 0; i < minutes.Length; i++)
        {
            var @case = new CaseRecord
            {
                Id = Guid.NewGuid(), Number = $"{stepId.ToUpperInvariant()}/{i:D4}/{Guid.NewGuid():N}"[..30], DefinitionId = definitionId, DefinitionHash = "h", Status = CaseStatus.Active,
                StartedAt = day, ApplicantName = $"Pemohon {stepId} {i}", StartedByUserId = actor, UpdatedAt = day,
            };
            var arrived = day.AddMinutes(i);
            var done = arrived.AddMinutes(minutes[i]);
            @case.WorkItems.Add(new WorkItemRecord
            {
                Id = Guid.NewGuid(), DefinitionId = definitionId, StepId = stepId, LaneId = "petugas-penerima", Roles = "|petugas-penerima|", Sequence = 2,
                Visit = 1, Status = WorkItemStatus.Done, ArrivedAt = arrived, DoneAt = done, WorkingMinutes = minutes[i], ActorUserId = actor, ActorName = actor,
                DueAt = i < lateCount ? done.AddMinutes(-1) : done.AddMinutes(1),
            });
            db.Cases.Add(@case);
        }
        await db.SaveChangesAsync();
        await StepTimeRollup.RebuildAsync(db, Wib);
    }

    /// <summary>The smallest value with at least <paramref name="percent"/>% of the values at or below it.</summary>
    private static int SmallestCovering(int[] values, int percent) =>
        values.Distinct().Order().First(v => values.Count(x => x <= v) * 100 >= percent * values.Length);

    [Theory]
    [InlineData(new[] { 12, 3, 45, 7, 7, 30, 2, 18, 5, 60, 9 }, 4)]
    [InlineData(new[] { 10, 20 }, 1)]
    [InlineData(new[] { 480, 15, 15, 15, 16, 1200, 44, 3, 90, 91 }, 0)]
    public async Task Median_p90_max_and_share_within_target_match_a_plain_count(int[] minutes, int late)
    {
        await using var database = await TempDatabase.CreateAsync();
        await SeedAsync(database, "ak1", "periksa", minutes, late, Day);
        await SeedAsync(database, "ak1", "input-data", [1, 2, 3], 0, Day);
        await SeedAsync(database, "jht", "periksa", [999], 1, Day);

        await using var db = database.NewContext();
        var figures = (await StepTimesQuery.ForAsync(db, new StepTimesFilter("ak1", Oct5.AddDays(-1), Oct5.AddDays(1)))).ToDictionary(s => s.StepId);

        figures.Keys.ShouldBe(["periksa", "input-data"], ignoreOrder: true);
        var periksa = figures["periksa"];
        periksa.Count.ShouldBe(minutes.Length);
        periksa.MedianMinutes.ShouldBe(SmallestCovering(minutes, 50));
        periksa.P90Minutes.ShouldBe(SmallestCovering(minutes, 90));
        periksa.MaxMinutes.ShouldBe(minutes.Max());
        periksa.ShareWithinTarget.ShouldBe((minutes.Length - late) / (double)minutes.Length);
    }

    [Fact]
    public async Task The_period_lane_and_officer_filters_keep_only_their_items()
    {
        await using var database = await TempDatabase.CreateAsync();
        await SeedAsync(database, "ak1", "periksa", [5, 6, 7], 0, Day, actor: "petugas-1");
        await SeedAsync(database, "ak1", "periksa", [50], 1, Day, actor: "petugas-2");
        await SeedAsync(database, "ak1", "periksa", [500], 1, Day.AddMonths(-2));

        await using var db = database.NewContext();
        var inOctober = new StepTimesFilter("ak1", Oct5.AddDays(-4), Oct5.AddDays(20));
        (await StepTimesQuery.ForAsync(db, inOctober)).ShouldHaveSingleItem().Count.ShouldBe(4);
        (await StepTimesQuery.ForAsync(db, inOctober with { ActorUserId = "petugas-2" })).ShouldHaveSingleItem().MaxMinutes.ShouldBe(50);
        (await StepTimesQuery.ForAsync(db, inOctober with { LaneId = "kasi" })).ShouldBeEmpty();
    }
}
