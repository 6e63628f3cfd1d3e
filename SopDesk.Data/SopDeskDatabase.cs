using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace SopDesk.Data;

/// <summary>How SopDesk opens its SQLite database: WAL, durable commits, waits instead of failing when busy.</summary>
public static class SopDeskDatabase
{
    public static DbContextOptionsBuilder UseSopDeskSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(SqlitePragmas.Instance);

    public static DbContextOptions<SopDeskDbContext> Options(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<SopDeskDbContext>();
        builder.UseSopDeskSqlite(connectionString);
        return builder.Options;
    }

    /// <summary>Registers the context (scoped) and a context factory (for Blazor components and services).</summary>
    public static IServiceCollection AddSopDeskData(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<SopDeskDbContext>(o => o.UseSopDeskSqlite(connectionString));
        services.AddScoped<CaseStore>();
        services.AddScoped<DefinitionStore>();
        return services;
    }

    /// <summary>Applies the checked-in migrations (never EnsureCreated).</summary>
    public static async Task MigrateAsync(this SopDeskDbContext db, CancellationToken ct = default) =>
        await db.Database.MigrateAsync(ct);

    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        public static readonly SqlitePragmas Instance = new();

        private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (connection is not SqliteConnection) return;
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        private static void Apply(DbConnection connection)
        {
            if (connection is not SqliteConnection) return;
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }
}
