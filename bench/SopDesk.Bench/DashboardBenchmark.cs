using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SopDesk.Data;
using SopDesk.Data.Dashboards;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Bench;

/// <summary>
/// The time-per-step dashboard on the 1M-berkas database of the inbox benchmark: one SOP over one year, and every SOP
/// over all time, computed as the page computes them (<see cref="StepTimesQuery"/>, from the rollup). Each figure is the best of three runs.
/// </summary>
public static class DashboardBenchmark
{
    public static async Task RunAsync()
    {
        var definitions = SopDefinitionLoader.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "workflows")).Definitions;
        var data = await BenchDatabase.EnsureAsync(definitions);
        var contexts = new PooledDbContextFactory<SopDeskDbContext>(SopDeskDatabase.Options(data.ConnectionString));
        await using (var db = await contexts.CreateDbContextAsync())
        {
            // The rollup is kept by every finished step in the app; the bench file is filled directly, so it is built once here.
            var watch = Stopwatch.StartNew();
            if (await StepTimeRollup.EnsureBuiltAsync(db, TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta")))
                Console.WriteLine($"built the rollup from the finished steps in {watch.Elapsed.TotalSeconds:F0} s ({await db.StepTimeRollups.CountAsync():N0} rows)");
        }
        var today = DateOnly.FromDateTime(InboxBenchData.Now.DateTime);
        var oneSopYear = await BestOfThreeAsync(contexts, [new StepTimesFilter("ak1", today.AddYears(-1).AddDays(1), today)]);
        var all = await BestOfThreeAsync(contexts, [.. definitions.Select(d => new StepTimesFilter(d.Id, DateOnly.MinValue, today))]);
        Console.WriteLine($"one SOP (ak1) over one year: {oneSopYear.Items:N0} finished steps in {oneSopYear.Ms:F0} ms");
        Console.WriteLine($"all six SOPs over all time: {all.Items:N0} finished steps in {all.Ms:F0} ms");
        Console.WriteLine($"dashboard_ms_one_sop_year={oneSopYear.Ms:F0} dashboard_ms_all={all.Ms:F0}");
    }

    private static async Task<(double Ms, long Items)> BestOfThreeAsync(PooledDbContextFactory<SopDeskDbContext> contexts, StepTimesFilter[] filters)
    {
        var best = double.MaxValue;
        long items = 0;
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            items = 0;
            foreach (var filter in filters)
            {
                await using var db = await contexts.CreateDbContextAsync();
                items += (await StepTimesQuery.ForAsync(db, filter)).Sum(s => (long)s.Count);
            }
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return (best, items);
    }
}
