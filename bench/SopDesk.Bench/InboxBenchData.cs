using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Bench;

/// <summary>
/// A large office history for the inbox and dashboard benchmarks: 1,000,000 berkas over the six SOPs and
/// about 10,000,000 work items, five years of it, ~5% of the berkas still open (mostly recent ones). The file
/// is built once with prepared INSERTs in big transactions (indexes built afterwards) and reused by later runs.
/// </summary>
public sealed class InboxBenchData
{
    public const int CaseCount = 1_000_000;
    /// <summary>Bump when the generated shape changes, so an old file is rebuilt rather than reused.</summary>
    private const string Shape = "office-v3";

    public static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset FirstDay = new(2022, 1, 3, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly Func<DateTimeOffset, long> Encode = SopDesk.Data.StoredTime.ToColumn;

    /// <summary>The officer whose inbox is timed and the colleagues who hold items.</summary>
    public static readonly string[] Officers = ["bench-petugas-1", "bench-petugas-2", "bench-admin-1", "bench-jfu-1", "bench-kasi", "bench-kabid"];

    public static readonly string[] FirstNames = ["Siti", "Ahmad", "Dewi", "Budi", "Rina", "Agus", "Nur", "Eko", "Sri", "Dedi", "Wahyu", "Yuli", "Fitri", "Rudi", "Indah", "Hendra"];
    public static readonly string[] LastNames = ["Aminah", "Saputra", "Lestari", "Santoso", "Wulandari", "Pratama", "Hidayat", "Kurniawan", "Rahmawati", "Setiawan", "Susanti", "Nugroho"];

    public required string Path { get; init; }
    public required IReadOnlyList<SopDefinition> Definitions { get; init; }

    public string ConnectionString => $"Data Source={Path}";

    /// <summary>Builds the file unless a complete one of the same shape is already there.</summary>
    public async Task EnsureAsync()
    {
        if (File.Exists(Path) && IsComplete())
        {
            // The schema version is the file's migration history: one this code does not know (a file migrated by
            // a newer branch) cannot be trusted, so it is rebuilt; one that is only behind is migrated forward
            // (tables and indexes added since, e.g. InboxSpeed's, are built over the existing rows).
            await using var existing = new SopDeskDbContext(SopDeskDatabase.Options(ConnectionString));
            var applied = (await existing.Database.GetAppliedMigrationsAsync()).ToList();
            var unknown = applied.Except(existing.Database.GetMigrations()).ToList();
            if (unknown.Count == 0)
            {
                var pending = (await existing.Database.GetPendingMigrationsAsync()).ToList();
                Console.WriteLine($"reusing {Path} ({new FileInfo(Path).Length / (1024 * 1024)} MB), schema {applied.LastOrDefault()}");
                if (pending.Count == 0) return;
                var migrating = Stopwatch.StartNew();
                await existing.MigrateAsync();
                Console.WriteLine($"migrated it to {pending[^1]} ({pending.Count} migrations) in {migrating.Elapsed.TotalSeconds:F0} s");
                return;
            }
            Console.WriteLine($"{Path} has migrations this code does not know ({string.Join(", ", unknown)}): rebuilding it");
            await existing.DisposeAsync();
            SqliteConnection.ClearAllPools();
        }
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(Path + suffix);
        var watch = Stopwatch.StartNew();
        await using (var db = new SopDeskDbContext(SopDeskDatabase.Options(ConnectionString)))
        {
            await db.MigrateAsync();
            await new DefinitionStore(db).SyncAsync(Definitions, Now);
        }
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection(ConnectionString + ";Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys=OFF; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-400000; PRAGMA temp_store=MEMORY;");
        var indexes = DropIndexes(connection, "Cases", "WorkItems");
        var items = Fill(connection);
        Console.WriteLine($"filled {CaseCount:N0} cases and {items:N0} work items in {watch.Elapsed.TotalSeconds:F0} s; building indexes");
        foreach (var sql in indexes) Execute(connection, sql);
        Execute(connection, "PRAGMA journal_mode=WAL; CREATE TABLE BenchInfo (Shape TEXT NOT NULL); INSERT INTO BenchInfo VALUES ('" + Shape + "');");
        Console.WriteLine($"built {Path} in {watch.Elapsed.TotalSeconds:F0} s ({new FileInfo(Path).Length / (1024 * 1024)} MB)");
    }

    private bool IsComplete()
    {
        try
        {
            using var connection = new SqliteConnection(ConnectionString + ";Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT Shape FROM BenchInfo";
            return command.ExecuteScalar() as string == Shape;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    /// <summary>Drops the secondary indexes of the tables (faster to build once over the filled table) and returns their DDL.</summary>
    private static List<string> DropIndexes(SqliteConnection connection, params string[] tables)
    {
        var ddl = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({string.Join(",", tables.Select(t => $"'{t}'"))})";
            using var reader = command.ExecuteReader();
            var names = new List<string>();
            while (reader.Read()) { names.Add(reader.GetString(0)); ddl.Add(reader.GetString(1)); }
            reader.Close();
            foreach (var name in names) Execute(connection, $"DROP INDEX \"{name}\"");
        }
        return ddl;
    }

    private long Fill(SqliteConnection connection)
    {
        var random = new Random(20261120);
        var weights = Definitions.Select(d => d.Id switch { "ak1" => 50, "jht" => 15, "paspor" => 15, _ => 7 }).ToArray();
        var numberSeq = new Dictionary<(string, int), int>();
        var span = (Now - FirstDay).TotalMinutes;
        using var insertCase = Prepare(connection, "Cases", ["Id", "Number", "DefinitionId", "DefinitionHash", "DefinitionVersion", "Status", "StartedAt", "ClosedAt", "EndId",
            "ApplicantName", "Nik", "DataJson", "VisitsJson", "ItemCount", "CurrentStepId", "CurrentLaneId", "CurrentDueAt", "StartedByUserId", "UpdatedAt"]);
        using var insertItem = Prepare(connection, "WorkItems", ["Id", "CaseId", "DefinitionId", "Sequence", "StepId", "LaneId", "Roles", "Visit", "Status", "ArrivedAt", "DueAt", "DoneAt",
            "ActorUserId", "ActorName", "ActingAs", "OutcomeId", "ValuesJson", "HolderUserId", "HolderName", "HoldKind", "HeldSince", "Version", "WorkingMinutes"]);
        long items = 0;
        var transaction = connection.BeginTransaction();
        for (var i = 0; i < CaseCount; i++)
        {
            if (i % 50_000 == 0 && i > 0)
            {
                transaction.Commit();
                transaction = connection.BeginTransaction();
                Console.Write($"\r  {i:N0} cases");
            }
            insertCase.Transaction = insertItem.Transaction = transaction;
            var definition = Definitions[Pick(random, weights)];
            // Cases arrive evenly over the five years; the most recent ones are mostly still open.
            var started = FirstDay.AddMinutes(span * i / CaseCount + random.Next(0, 30));
            var ageDays = (Now - started).TotalDays;
            var open = ageDays < 45 ? random.NextDouble() < 0.8 : random.NextDouble() < 0.01;
            var steps = definition.Steps;
            var returns = random.Next(0, 7);
            var lastStep = open ? random.Next(0, steps.Length) : steps.Length - 1;
            var caseId = Guid.CreateVersion7(started);
            var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
            var nik = $"1672{random.NextInt64(100_000_000_000, 999_999_999_999)}";
            var year = started.Year;
            var seq = numberSeq[(definition.Id, year)] = numberSeq.GetValueOrDefault((definition.Id, year)) + 1;
            var at = started;
            var itemCount = returns + lastStep + 1;
            Step? current = null;
            DateTimeOffset? currentDue = null;
            for (var j = 0; j < itemCount; j++)
            {
                // A berkas sent back "tidak lengkap" loops between the first two steps before going through.
                var step = steps[j < returns ? j % 2 : j - returns];
                var lane = definition.Lane(step.Lane);
                var isOpen = open && j == itemCount - 1;
                var due = lane.Party == LaneParty.Applicant ? (DateTimeOffset?)null : at.AddHours(random.Next(1, 72));
                var done = isOpen ? (DateTimeOffset?)null : at.AddMinutes(random.Next(5, 60 * 24 * 3));
                var holder = isOpen && random.NextDouble() < 0.2 ? Officers[random.Next(Officers.Length)] : null;
                var actor = isOpen ? null : $"staf-{random.Next(1, 12)}";
                Bind(insertItem, Guid.CreateVersion7(at), caseId, definition.Id, j + 1, step.Id, lane.Id, WorkItemRecord.EncodeRoles(lane.Roles), j < returns ? j / 2 + 1 : 1,
                    isOpen ? "Open" : "Done", Encode(at), due is { } d ? Encode(d) : null, done is { } dn ? Encode(dn) : null,
                    actor, actor is null ? null : $"Pegawai {actor}", actor is null ? null : lane.Roles[0], isOpen || !step.HasOutcomes ? null : step.Outcomes[0].Id,
                    isOpen ? null : "{\"catatan\":\"berkas diperiksa dan lengkap\"}", holder, holder is null ? null : $"Pegawai {holder}", holder is null ? null : "Claim",
                    holder is null ? null : Encode(at.AddMinutes(10)), 1, done is { } finished ? (int)((finished - at).TotalMinutes * 0.3) : null);
                insertItem.ExecuteNonQuery();
                items++;
                if (isOpen) (current, currentDue) = (step, due);
                if (done is { } next) at = next;
            }
            var endId = open ? null : definition.Ends[0].Id;
            Bind(insertCase, caseId, $"{definition.Id.ToUpperInvariant()}/{year}/{seq:D6}", definition.Id, definition.ContentHash, 1,
                open ? (current!.Lane == "pemohon" ? "WaitingOnApplicant" : "Active") : "Closed", Encode(started), open ? null : Encode(at), endId,
                name, nik, $"{{\"nama\":\"{name}\",\"nik\":\"{nik}\",\"alamat\":\"Jl. Kapten Sanap No. {random.Next(1, 200)}, Pagar Alam\",\"pendidikan\":\"SMA\"}}",
                "{}", itemCount, current?.Id, current?.Lane, currentDue is { } cd ? Encode(cd) : null, "staf-1", Encode(at));
            insertCase.ExecuteNonQuery();
        }
        transaction.Commit();
        Console.WriteLine();
        return items;
    }

    private static int Pick(Random random, int[] weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
            if ((roll -= weights[i]) < 0) return i;
        return weights.Length - 1;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(",", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(",", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
