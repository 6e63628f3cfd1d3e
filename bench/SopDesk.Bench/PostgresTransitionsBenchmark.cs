using System.Diagnostics;
using System.Globalization;
using SopDesk.Data;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Bench;

/// <summary>
/// <c>transitions --provider postgres</c>: the transitions workload on a PostgreSQL cluster of the bench's own, by one
/// officer and by 16 at once, against raw one-row PostgreSQL transactions in the same run, and two nodes — two OS
/// processes (this bench started again with the hidden <see cref="NodeCommand"/>), 16 officers each, on one database at
/// the same time — whose throughputs are summed.
/// </summary>
public static class PostgresTransitionsBenchmark
{
    public const string NodeCommand = "transitions-node";

    public static async Task RunAsync(bool quick)
    {
        var duration = TimeSpan.FromSeconds(quick ? 8 : 30);
        var definitions = Definitions();
        await using var server = await ThrowawayPostgres.StartAsync();

        // Warm-up, not reported: EF builds the model (no compiled model on PostgreSQL) and compiles each query once per process.
        await RunOnFreshDatabaseAsync(server, definitions, 2, TimeSpan.FromSeconds(20), maxTransitions: 300);
        var one = await RunOnFreshDatabaseAsync(server, definitions, 1, duration);
        Console.WriteLine($"1 officer: {one.Transitions} steps of {one.Cases} cases in {one.Elapsed.TotalSeconds:F1} s ({one.PerSecond:F0}/s)");
        var many = await RunOnFreshDatabaseAsync(server, definitions, TransitionsBenchmark.ManyOfficers, duration);
        Console.WriteLine($"{TransitionsBenchmark.ManyOfficers} officers: {many.Transitions} steps of {many.Cases} cases in {many.Elapsed.TotalSeconds:F1} s ({many.PerSecond:F0}/s)");

        var raw = await RawPostgresTransactions.MeasureAsync(await server.NewDatabaseAsync("raw"), duration);
        Console.WriteLine($"raw postgresql: one-row INSERT transactions on one connection, fsync + synchronous_commit on, {duration.TotalSeconds:F0} s: {raw:F0}/s");

        var nodes = await TwoNodesAsync(server, definitions, duration);
        Console.WriteLine($"two nodes: {string.Join(", ", nodes.Select(n => $"{n.Transitions} steps in {n.Seconds:F1} s ({n.PerSecond:F0}/s)"))}; "
            + $"{nodes.Sum(n => n.PerSecond) / many.PerSecond:F2}× one node at {TransitionsBenchmark.ManyOfficers}");
        Console.WriteLine($"pg_transitions_per_s={one.PerSecond:F0} pg_transitions_per_s_{TransitionsBenchmark.ManyOfficers}={many.PerSecond:F0} "
            + $"pg_raw_tx_per_s={raw:F0} ratio={one.PerSecond / raw:F2} ratio_{TransitionsBenchmark.ManyOfficers}={many.PerSecond / raw:F2} "
            + $"two_node_transitions_per_s={nodes.Sum(n => n.PerSecond):F0}");
    }

    /// <summary>A new database on <paramref name="server"/>, migrated and synced, the workload run on it with pooled contexts.</summary>
    public static async Task<TransitionsTally> RunOnFreshDatabaseAsync(ThrowawayPostgres server, IReadOnlyList<SopDefinition> definitions, int officers,
        TimeSpan duration, int maxTransitions = int.MaxValue)
    {
        var contexts = await TransitionsBenchmark.SyncedDatabaseAsync(DatabaseSettings.Postgres(await server.NewDatabaseAsync("transitions")), definitions);
        var tally = await TransitionsWorkload.RunAsync(contexts, definitions, officers, duration, maxTransitions);
        if (tally.Conflicts > 0) throw new InvalidOperationException($"{tally.Conflicts} unexpected conflict(s): each officer works only on their own berkas");
        return tally;
    }

    /// <summary>One node's figures, as its process reports them.</summary>
    public sealed record NodeFigures(int Transitions, double Seconds)
    {
        public double PerSecond => Transitions / Seconds;
    }

    /// <summary>Two processes on one new database, started together after each has warmed up.</summary>
    public static async Task<IReadOnlyList<NodeFigures>> TwoNodesAsync(ThrowawayPostgres server, IReadOnlyList<SopDefinition> definitions, TimeSpan duration,
        int officers = TransitionsBenchmark.ManyOfficers, int maxTransitions = int.MaxValue)
    {
        var connectionString = await server.NewDatabaseAsync("nodes");
        await TransitionsBenchmark.SyncedDatabaseAsync(DatabaseSettings.Postgres(connectionString), definitions);
        var nodes = Enumerable.Range(0, 2).Select(_ => StartNode(connectionString, officers, duration, maxTransitions)).ToList();
        try
        {
            foreach (var node in nodes) await ExpectAsync(node, "ready");
            foreach (var node in nodes) await node.StandardInput.WriteLineAsync("go"); // both start their timed run now
            var figures = new List<NodeFigures>();
            foreach (var node in nodes)
            {
                var done = (await ExpectAsync(node, "done")).Split(' ');
                figures.Add(new NodeFigures(int.Parse(done[1], CultureInfo.InvariantCulture), double.Parse(done[2], CultureInfo.InvariantCulture)));
                await node.WaitForExitAsync();
                if (node.ExitCode != 0) throw new InvalidOperationException($"{NodeCommand} failed with exit code {node.ExitCode}");
            }
            return figures;
        }
        finally
        {
            foreach (var node in nodes)
            {
                if (!node.HasExited) node.Kill();
                node.Dispose();
            }
        }
    }

    /// <summary>
    /// The hidden node command: warm up on the database, say "ready", wait for "go" on stdin, run the workload and say
    /// "done &lt;transitions&gt; &lt;seconds&gt;".
    /// </summary>
    public static async Task RunNodeAsync(string connectionString, int officers, TimeSpan duration, int maxTransitions)
    {
        var definitions = Definitions();
        var contexts = new Microsoft.EntityFrameworkCore.Infrastructure.PooledDbContextFactory<SopDeskDbContext>(
            SopDeskDatabase.Options(DatabaseSettings.Postgres(connectionString)));
        await TransitionsWorkload.RunAsync(contexts, definitions, 2, TimeSpan.FromSeconds(10), maxTransitions: 100);
        Console.WriteLine("ready");
        if (await Console.In.ReadLineAsync() != "go") throw new InvalidOperationException("expected go");
        var tally = await TransitionsWorkload.RunAsync(contexts, definitions, officers, duration, maxTransitions);
        if (tally.Conflicts > 0) throw new InvalidOperationException($"{tally.Conflicts} unexpected conflict(s)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done {tally.Transitions} {tally.Elapsed.TotalSeconds:R}"));
    }

    private static Process StartNode(string connectionString, int officers, TimeSpan duration, int maxTransitions)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(PostgresTransitionsBenchmark).Assembly.Location);
        foreach (var arg in new[] { NodeCommand, connectionString, officers.ToString(CultureInfo.InvariantCulture),
                     duration.TotalSeconds.ToString(CultureInfo.InvariantCulture), maxTransitions.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    /// <summary>The node's next line that starts with <paramref name="word"/> (other output is passed through).</summary>
    private static async Task<string> ExpectAsync(Process node, string word)
    {
        while (await node.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(word, StringComparison.Ordinal)) return line;
            Console.WriteLine($"  node {node.Id}: {line}");
        }
        throw new InvalidOperationException($"{NodeCommand} ended before saying '{word}' (exit code {(node.WaitForExit(5000) ? node.ExitCode : -1)})");
    }

    private static System.Collections.Immutable.ImmutableArray<SopDefinition> Definitions() =>
        SopDefinitionLoader.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "workflows")).Definitions;
}
