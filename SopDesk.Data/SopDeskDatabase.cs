using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace SopDesk.Data;

/// <summary>
/// How SopDesk opens its database: SQLite (the embedded default: WAL, durable commits, waits instead of failing when busy)
/// or PostgreSQL (several nodes over one server database), chosen by <see cref="DatabaseSettings"/>.
/// </summary>
public static class SopDeskDatabase
{
    /// <summary>
    /// SQLite with the model compiled ahead of time (<c>CompiledModels/</c>, decision 041): EF skips building the model at the
    /// first context, most of a cold start. The compiled model is SQLite's own (its type mappings are the provider's); another
    /// provider uses its own or none. <paramref name="compiledModel"/> false builds the model from the configurations, as
    /// the design-time tools must (a migration is computed from the configurations, never from the generated copy).
    /// </summary>
    public static DbContextOptionsBuilder UseSopDeskSqlite(this DbContextOptionsBuilder options, string connectionString, bool compiledModel = true)
    {
        options.UseSqlite(connectionString).AddInterceptors(SqlitePragmas.Instance);
        if (compiledModel) options.UseModel(CompiledModels.SopDeskDbContextModel.Instance);
        return options;
    }

    /// <summary>The assembly holding PostgreSQL's own migrations (SQLite's are in this one).</summary>
    public const string PostgresMigrationsAssembly = "SopDesk.Data.Postgres";

    /// <summary>
    /// PostgreSQL through Npgsql, with its own migrations (<see cref="PostgresMigrationsAssembly"/>) and the model built from the
    /// configurations: the compiled model is SQLite's only (decision 041).
    /// </summary>
    public static DbContextOptionsBuilder UseSopDeskPostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));

    /// <summary>The engine <paramref name="settings"/> names.</summary>
    public static DbContextOptionsBuilder UseSopDesk(this DbContextOptionsBuilder options, DatabaseSettings settings, bool compiledModel = true) =>
        settings.Provider == DatabaseProvider.Postgres
            ? options.UseSopDeskPostgres(settings.ConnectionString)
            : options.UseSopDeskSqlite(settings.ConnectionString, compiledModel);

    /// <summary>SQLite options (the signature the tests and benches have always used).</summary>
    public static DbContextOptions<SopDeskDbContext> Options(string connectionString, bool compiledModel = true) =>
        Options(DatabaseSettings.Sqlite(connectionString), compiledModel);

    public static DbContextOptions<SopDeskDbContext> Options(DatabaseSettings settings, bool compiledModel = true)
    {
        var builder = new DbContextOptionsBuilder<SopDeskDbContext>();
        builder.UseSopDesk(settings, compiledModel);
        return builder.Options;
    }

    /// <summary>True on SQLite (single writer, group commit); false on a server database (PostgreSQL).</summary>
    public static bool IsSqlite(this SopDeskDbContext db) => db.Database.IsSqlite();

    /// <summary>Registers SQLite at <paramref name="connectionString"/> (see <see cref="AddSopDeskData(IServiceCollection, DatabaseSettings)"/>).</summary>
    public static IServiceCollection AddSopDeskData(this IServiceCollection services, string connectionString) =>
        services.AddSopDeskData(DatabaseSettings.Sqlite(connectionString));

    /// <summary>Registers the context (scoped) and a context factory (for Blazor components and services).</summary>
    public static IServiceCollection AddSopDeskData(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        // Pooled: a context per operation (Blazor circuits, the inbox, every step) without rebuilding one each time.
        services.AddPooledDbContextFactory<SopDeskDbContext>(o => o.UseSopDesk(settings));
        services.AddScoped<CaseStore>();
        services.AddScoped<DefinitionStore>();
        return services;
    }

    /// <summary>Applies the checked-in migrations (never EnsureCreated).</summary>
    public static async Task MigrateAsync(this SopDeskDbContext db, CancellationToken ct = default) =>
        await db.Database.MigrateAsync(ct);

    /// <summary>
    /// Per-connection settings, applied once per physical connection: pooled connections are reopened for
    /// every query, and re-running the pragmas each time cost more than the queries themselves.
    /// </summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        public static readonly SqlitePragmas Instance = new();

        private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

        // Keyed by the native handle, which the pool keeps alive across logical opens.
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Configured = [];

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            if (NeedsPragmas(connection) is not { } sqlite) return;
            using var command = sqlite.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (NeedsPragmas(connection) is not { } sqlite) return;
            await using var command = sqlite.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        private static SqliteConnection? NeedsPragmas(DbConnection connection) =>
            connection is SqliteConnection { Handle: { } handle } sqlite && Configured.TryAdd(handle, handle) ? sqlite : null;
    }
}
