using System.Buffers.Binary;
using Microsoft.Data.Sqlite;
using SopDesk.Data;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Bench;

/// <summary>
/// Which pages one officer's steps dirty (<c>transitions --pages</c>): every page a commit writes is one WAL frame, and
/// the commit's fsync carries all of them. A reader holds a snapshot from before the run, so no checkpoint empties the
/// WAL; afterwards each frame's page is named by <c>dbstat</c> (the table or index owning it). Counts, not times: the
/// figure does not move with the machine's load.
/// </summary>
public static class TransitionsPages
{
    public static async Task RunAsync(int transitions)
    {
        var folder = Path.Combine(Path.GetTempPath(), "sopdesk-bench-pages");
        Directory.CreateDirectory(folder);
        var definitions = SopDefinitionLoader.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "workflows")).Definitions;
        var path = Path.Combine(folder, $"pages-{Guid.NewGuid():N}.db");
        var copy = Path.Combine(folder, $"copy-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={path}";
        try
        {
            var contexts = await TransitionsBenchmark.SyncedDatabaseAsync(connectionString, definitions);
            // Warm-up steps fill the first pages of every table, so the counted run sees a database in use, not an empty one.
            await TransitionsWorkload.RunAsync(contexts, definitions, 1, TimeSpan.FromMinutes(10), transitions / 2);
            using var reader = new SqliteConnection($"Data Source={path};Pooling=False");
            reader.Open();
            Execute(reader, "PRAGMA wal_checkpoint(TRUNCATE);");
            Execute(reader, "BEGIN; SELECT count(*) FROM \"Cases\";"); // the snapshot that keeps every later frame in the WAL
            var tally = await TransitionsWorkload.RunAsync(contexts, definitions, 1, TimeSpan.FromMinutes(10), transitions);
            File.Copy(path, copy);
            File.Copy(path + "-wal", copy + "-wal");
            Execute(reader, "COMMIT;");
            SqliteConnection.ClearAllPools();
            var commits = Commits(File.ReadAllBytes(copy + "-wal"));
            var owners = Owners(copy);
            Report(tally, commits, owners);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, copy })
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix);
        }
    }

    /// <summary>The page numbers written by each commit, read from the WAL's frame headers (file format, section 4.1).</summary>
    private static List<List<uint>> Commits(byte[] wal)
    {
        var pageSize = (int)BinaryPrimitives.ReadUInt32BigEndian(wal.AsSpan(8));
        var commits = new List<List<uint>>();
        var current = new List<uint>();
        for (var at = 32; at + 24 + pageSize <= wal.Length; at += 24 + pageSize)
        {
            current.Add(BinaryPrimitives.ReadUInt32BigEndian(wal.AsSpan(at)));
            if (BinaryPrimitives.ReadUInt32BigEndian(wal.AsSpan(at + 4)) == 0) continue; // not the commit's last frame
            commits.Add(current);
            current = [];
        }
        return commits;
    }

    /// <summary>Which table or index each page of the database belongs to, as it is after the run (the sqlite3 shell's dbstat: the bundled library lacks it).</summary>
    private static Dictionary<uint, string> Owners(string path)
    {
        using var shell = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sqlite3", ["-csv", path, "SELECT pageno, name FROM dbstat;"])
        {
            RedirectStandardOutput = true,
        })!;
        var owners = new Dictionary<uint, string>();
        while (shell.StandardOutput.ReadLine() is { } line)
        {
            var comma = line.IndexOf(',');
            owners[uint.Parse(line[..comma])] = line[(comma + 1)..].Trim('"');
        }
        shell.WaitForExit();
        return owners;
    }

    private static void Report(TransitionsTally tally, List<List<uint>> commits, Dictionary<uint, string> owners)
    {
        var frames = commits.Sum(c => c.Count);
        Console.WriteLine($"{tally.Transitions} steps of {tally.Cases} cases, {commits.Count} commits, {frames} frames");
        Console.WriteLine("pages written per commit, by owner:");
        foreach (var (owner, count) in commits.SelectMany(c => c.Select(p => owners.GetValueOrDefault(p, p == 1 ? "sqlite_schema (page 1)" : "(freelist)")))
                     .CountBy(o => o).OrderByDescending(o => o.Value))
            Console.WriteLine($"  {count / (double)commits.Count,6:F2}  {owner}");
        Console.WriteLine($"pages_per_commit={frames / (double)commits.Count:F2} commits={commits.Count} steps={tally.Transitions}");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
