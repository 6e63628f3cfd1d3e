using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SopDesk.Data;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Bench;

/// <summary>
/// Steps of real cases completed the way the app does it — load the state, ask the interpreter, write the
/// result in one durable transaction (WAL, synchronous=FULL) — by one officer and by 16 at once, against raw
/// one-row SQLite transactions measured in the same run on the same disk.
/// </summary>
public static class TransitionsBenchmark
{
    public const int ManyOfficers = 16;

    public static async Task RunAsync(bool quick)
    {
        var duration = TimeSpan.FromSeconds(quick ? 8 : 30);
        var folder = Path.Combine(Path.GetTempPath(), "sopdesk-bench");
        Directory.CreateDirectory(folder);
        var definitions = SopDefinitionLoader.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "workflows")).Definitions;

        // Warm-up, not reported: EF compiles each query once per process, which must not count against the first run.
        await RunOnFreshDatabaseAsync(folder, definitions, 2, TimeSpan.FromSeconds(20), maxTransitions: 300);
        var one = await RunOnFreshDatabaseAsync(folder, definitions, 1, duration);
        Report("1 officer", one);
        var many = await RunOnFreshDatabaseAsync(folder, definitions, ManyOfficers, duration);
        Report($"{ManyOfficers} officers", many);

        var raw = RawSqliteTransactions.Measure(folder, duration);
        Console.WriteLine($"raw sqlite: one-row INSERT transactions, WAL + synchronous=FULL, {duration.TotalSeconds:F0} s");
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine($"memory: peak working set {peakMb:F0} MB, managed heap {GC.GetTotalMemory(false) / (1024.0 * 1024.0):F0} MB");
        Console.WriteLine($"transitions_per_s={one.PerSecond:F0} transitions_per_s_{ManyOfficers}={many.PerSecond:F0} raw_sqlite_tx_per_s={raw:F0} "
            + $"ratio={one.PerSecond / raw:F2} ratio_{ManyOfficers}={many.PerSecond / raw:F2}");
    }

    /// <summary>A new database file with the SOPs synced, the workload run on it with pooled contexts (as the app registers them), the file deleted.</summary>
    public static async Task<TransitionsTally> RunOnFreshDatabaseAsync(string folder, IReadOnlyList<SopDefinition> definitions, int officers, TimeSpan duration,
        int maxTransitions = int.MaxValue)
    {
        var path = Path.Combine(folder, $"transitions-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={path}";
        try
        {
            var contexts = await SyncedDatabaseAsync(connectionString, definitions);
            var tally = await TransitionsWorkload.RunAsync(contexts, definitions, officers, duration, maxTransitions);
            if (tally.Conflicts > 0) throw new InvalidOperationException($"{tally.Conflicts} unexpected conflict(s): each officer works only on their own berkas");
            return tally;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        }
    }

    /// <summary>Migrates a new database, syncs the SOPs into it, and gives pooled contexts on it (as the app registers them).</summary>
    public static Task<PooledDbContextFactory<SopDeskDbContext>> SyncedDatabaseAsync(string connectionString, IReadOnlyList<SopDefinition> definitions) =>
        SyncedDatabaseAsync(DatabaseSettings.Sqlite(connectionString), definitions);

    /// <summary>The same on either provider.</summary>
    public static async Task<PooledDbContextFactory<SopDeskDbContext>> SyncedDatabaseAsync(DatabaseSettings settings, IReadOnlyList<SopDefinition> definitions)
    {
        await using (var setup = new SopDeskDbContext(SopDeskDatabase.Options(settings)))
        {
            await setup.MigrateAsync();
            await new DefinitionStore(setup).SyncAsync(definitions, DateTimeOffset.UtcNow);
        }
        return new PooledDbContextFactory<SopDeskDbContext>(SopDeskDatabase.Options(settings));
    }

    private static void Report(string who, TransitionsTally tally)
    {
        double PerStep(TimeSpan time) => time.TotalMilliseconds / Math.Max(1, tally.Transitions);
        Console.WriteLine($"{who}: {tally.Transitions} steps of {tally.Cases} cases in {tally.Elapsed.TotalSeconds:F1} s ({tally.PerSecond:F0}/s; {tally.Skipped} SOP starts skipped until an AK1 was signed)");
        Console.WriteLine($"  per transition: load state {PerStep(tally.Load):F2} ms, interpreter {PerStep(tally.Engine):F3} ms, write {PerStep(tally.Write):F2} ms");
        Console.WriteLine("  write parts: " + string.Join(", ", Enum.GetValues<WritePart>().Select(p => $"{p} {PerStep(tally.Parts.Of(p)):F3}")) + " ms"
            + $" (Begin: from the call to the start of its own writing; Commit shared by {tally.Transitions / (double)Math.Max(1, tally.Parts.Commits):F1} steps per commit)");
    }
}
