using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SopDesk.Data;

namespace SopDesk.Web;

/// <summary>
/// Applies the checked-in migrations only when one is missing from the database's history. EF's own MigrateAsync also
/// compares the whole model with the last migration's snapshot and takes the migration lock at every start, which on a
/// database already up to date was the longest part of a start (decision 033). The check itself is one plain read of
/// <c>__EFMigrationsHistory</c> against the build's migration ids, without EF's migration services (decision 037).
/// </summary>
public static class StartupMigrations
{
    private const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>True when migrations were applied; false when the database already had every one.</summary>
    public static async Task<bool> ApplyPendingAsync(SopDeskDbContext db, CancellationToken ct = default)
    {
        if (!await HasPendingAsync(db, ct)) return false;
        await db.MigrateAsync(ct);
        return true;
    }

    /// <summary>
    /// A migration of this build that the database's history does not list (a new database has none listed). On PostgreSQL
    /// EF's own check: its migrations are another assembly's, and a server database has no file to look for.
    /// </summary>
    public static async Task<bool> HasPendingAsync(SopDeskDbContext db, CancellationToken ct = default) =>
        db.IsSqlite() ? await HasPendingAsync(db.Database.GetConnectionString()!, ct) : (await db.Database.GetPendingMigrationsAsync(ct)).Any();

    /// <summary>The same check on a SQLite connection string alone: the start runs it while EF builds its model.</summary>
    public static async Task<bool> HasPendingAsync(string connectionString, CancellationToken ct = default)
    {
        var applied = await AppliedAsync(connectionString, ct);
        return BuiltMigrations.Any(m => !applied.Contains(m));
    }

    /// <summary>The ids of this build's migrations, from their attributes: the list EF's migrations assembly gives.</summary>
    public static IReadOnlyList<string> BuiltMigrations { get; } = typeof(SopDeskDbContext).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(SopDeskDbContext))
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id).OfType<string>()
        .Order(StringComparer.Ordinal).ToList();

    private static async Task<HashSet<string>> AppliedAsync(string connectionString, CancellationToken ct)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        // No file yet: a new database. Opening it here would create an empty file, which EF's MigrateAsync would then
        // open read-only to see whether it exists.
        var source = new SqliteConnectionStringBuilder(connectionString);
        if (source.Mode != SqliteOpenMode.Memory && source.DataSource is { Length: > 0 } path && path != ":memory:" && !File.Exists(path)) return applied;
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{HistoryTable}'";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(ct)) == 0) return applied;
        command.CommandText = $"SELECT MigrationId FROM \"{HistoryTable}\"";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) applied.Add(reader.GetString(0));
        return applied;
    }
}
