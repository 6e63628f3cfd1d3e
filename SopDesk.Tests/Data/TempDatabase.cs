using Microsoft.Data.Sqlite;
using Npgsql;
using SopDesk.Data;

namespace SopDesk.Tests.Data;

/// <summary>
/// A fresh database with the real migrations applied; dropped on dispose. SQLite (a temp file) by default; with
/// <c>SOPDESK_TEST_PROVIDER=postgres</c> a PostgreSQL database on the server <c>SOPDESK_TEST_PG</c> names, copied from a
/// template migrated once per test process (CREATE DATABASE … TEMPLATE: a few ms instead of every migration per test).
/// </summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private TempDatabase(DatabaseSettings settings, string name)
    {
        Settings = settings;
        Name = name;
    }

    /// <summary>True when this test run's databases are PostgreSQL.</summary>
    public static bool OnPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("SOPDESK_TEST_PROVIDER"), "postgres", StringComparison.OrdinalIgnoreCase);

    public DatabaseSettings Settings { get; }

    /// <summary>The SQLite file's path, or the PostgreSQL database's name.</summary>
    public string Name { get; }

    /// <summary>The SQLite file's path (SQLite only).</summary>
    public string Path => OnPostgres ? throw new InvalidOperationException("A PostgreSQL test database has no file.") : Name;

    public string ConnectionString => Settings.ConnectionString;

    public static async Task<TempDatabase> CreateAsync()
    {
        if (OnPostgres) return await PostgresTemplate.NewDatabaseAsync();
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sopdesk-test-{Guid.NewGuid():N}.db");
        var db = new TempDatabase(DatabaseSettings.Sqlite($"Data Source={path}"), path);
        await using var context = db.NewContext();
        await context.MigrateAsync();
        return db;
    }

    /// <summary>A new context on its own connection — like another request, or another process.</summary>
    public SopDeskDbContext NewContext() => new(SopDeskDatabase.Options(Settings));

    /// <summary>
    /// A context from the connection pool of <paramref name="node"/>: on PostgreSQL a pool of its own (its own connection
    /// string), as another process or app node has; on SQLite the same file (one process's writes meet at its write gate).
    /// </summary>
    public SopDeskDbContext NewContextOn(string node) => OnPostgres
        ? new(SopDeskDatabase.Options(DatabaseSettings.Postgres(new NpgsqlConnectionStringBuilder(ConnectionString) { ApplicationName = node }.ConnectionString)))
        : NewContext();

    /// <summary>SQLite's plan for <paramref name="sql"/> (EXPLAIN QUERY PLAN), one line per step (SQLite only).</summary>
    public async Task<string> QueryPlanAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
        return string.Join("\n", lines);
    }

    public async ValueTask DisposeAsync()
    {
        if (OnPostgres)
        {
            await PostgresTemplate.DropAsync(this);
            return;
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(Name + suffix)) File.Delete(Name + suffix);
    }

    /// <summary>The template database of this test process and the copies made from it.</summary>
    private static class PostgresTemplate
    {
        private static readonly SemaphoreSlim Lock = new(1, 1);
        private static readonly string Template = $"sopdesk_template_{Environment.ProcessId}";
        private static bool _ready;

        private static string Server => Environment.GetEnvironmentVariable("SOPDESK_TEST_PG")
            ?? throw new InvalidOperationException("SOPDESK_TEST_PROVIDER=postgres needs SOPDESK_TEST_PG (the server's connection string).");

        // The race tests start a thousand steps at once: they queue for the pool's connections longer than Npgsql's 15 s default.
        private static string On(string database) => new NpgsqlConnectionStringBuilder(Server) { Database = database, Timeout = 300 }.ConnectionString;

        public static async Task<TempDatabase> NewDatabaseAsync()
        {
            await EnsureTemplateAsync();
            var name = $"sopdesk_test_{Guid.NewGuid():N}";
            await AdminAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{Template}\"");
            return new TempDatabase(DatabaseSettings.Postgres(On(name)), name);
        }

        public static async Task DropAsync(TempDatabase db)
        {
            await using (var connection = new NpgsqlConnection(db.ConnectionString)) NpgsqlConnection.ClearPool(connection);
            await AdminAsync($"DROP DATABASE IF EXISTS \"{db.Name}\" WITH (FORCE)");
        }

        private static async Task EnsureTemplateAsync()
        {
            await Lock.WaitAsync();
            try
            {
                if (_ready) return;
                await AdminAsync($"DROP DATABASE IF EXISTS \"{Template}\" WITH (FORCE)");
                await AdminAsync($"CREATE DATABASE \"{Template}\"");
                var settings = DatabaseSettings.Postgres(On(Template));
                await using (var context = new SopDeskDbContext(SopDeskDatabase.Options(settings))) await context.MigrateAsync();
                // A template is copied only while no one is connected to it.
                await using (var connection = new NpgsqlConnection(settings.ConnectionString)) NpgsqlConnection.ClearPool(connection);
                _ready = true;
            }
            finally
            {
                Lock.Release();
            }
        }

        private static async Task AdminAsync(string sql)
        {
            await using var connection = new NpgsqlConnection(On("postgres"));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
