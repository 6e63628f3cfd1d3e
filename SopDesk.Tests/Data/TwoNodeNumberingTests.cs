using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Data;

/// <summary>
/// Two app nodes (two connection pools) starting and finishing berkas at once on one database: every write is applied,
/// none meets a unique index, and the case and register numbers run 1..N without a gap (decision 043). On PostgreSQL
/// this is the case the read-then-add-one numbering failed (~90% of finishes on unique-index errors).
/// </summary>
public class TwoNodeNumberingTests
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
    private const int PerNode = 16;

    [Fact]
    public async Task Two_nodes_starting_and_finishing_16_berkas_each_at_once_number_them_1_to_32_without_gap()
    {
        await using var database = await TempDatabase.CreateAsync();
        var drivers = Enumerable.Range(0, 2 * PerNode).Select(_ => new CaseDriver("ak1")).ToList();

        var started = await OnTwoNodesAsync(database, drivers, d => d.Start());
        started.ShouldAllBe(r => r is Applied);
        started.Select(r => ((Applied)r).NewCaseNumber).Order().ShouldBe(Enumerable.Range(1, 2 * PerNode).Select(n => $"AK1/2026/{n:000000}"));
        (await OnTwoNodesAsync(database, drivers, d => d.Do("lengkap"))).ShouldAllBe(r => r is Applied);

        // The AK1 register's step: each finish takes the register's next line.
        (await OnTwoNodesAsync(database, drivers, d => d.Do())).ShouldAllBe(r => r is Applied);

        await using var check = database.NewContext();
        var lines = await check.RegisterEntries.AsNoTracking().Where(e => e.RegisterId == "register-ak1").Select(e => e.Sequence).ToListAsync();
        lines.Order().ShouldBe(Enumerable.Range(1, 2 * PerNode));
        (await check.RegisterCounters.SingleAsync(c => c.RegisterId == "register-ak1")).Last.ShouldBe(2 * PerNode);
    }

    /// <summary>Each driver's next result (taken in order, before any write), written half on node a and half on node b, all released together.</summary>
    private static async Task<ApplyResult[]> OnTwoNodesAsync(TempDatabase database, List<CaseDriver> drivers, Func<CaseDriver, Accepted> next)
    {
        var results = drivers.Select(next).ToList();
        var gate = new TaskCompletionSource();
        var writes = results.Select((result, i) => Task.Run(async () =>
        {
            await gate.Task;
            await using var db = database.NewContextOn(i % 2 == 0 ? "node-a" : "node-b");
            return await new CaseStore(db).ApplyAsync(result, drivers[i].Definition, Wib);
        })).ToList();
        gate.SetResult();
        return await Task.WhenAll(writes);
    }
}
