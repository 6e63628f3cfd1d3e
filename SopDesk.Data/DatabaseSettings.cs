using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace SopDesk.Data;

/// <summary>The database engines SopDesk runs on: SQLite embedded (the default, one machine), PostgreSQL for several nodes.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which engine and where: <c>Database:Provider</c> (Sqlite or Postgres) and <c>ConnectionStrings:SopDesk</c>.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=sopdesk.db";

    public static DatabaseSettings Sqlite(string connectionString) => new(DatabaseProvider.Sqlite, connectionString);

    public static DatabaseSettings Postgres(string connectionString) => new(DatabaseProvider.Postgres, connectionString);

    /// <summary>The engine and database <paramref name="db"/> works on (e.g. for a second context beside it).</summary>
    public static DatabaseSettings Of(SopDeskDbContext db) =>
        new(db.IsSqlite() ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres, db.Database.GetConnectionString()!);

    public static DatabaseSettings Read(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(name) ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var parsed) ? parsed
            : throw new InvalidOperationException($"Database:Provider '{name}' is not Sqlite or Postgres.");
        var connectionString = configuration.GetConnectionString("SopDesk");
        if (string.IsNullOrWhiteSpace(connectionString))
            connectionString = provider == DatabaseProvider.Sqlite ? DefaultSqlite
                : throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:SopDesk is empty.");
        return new DatabaseSettings(provider, connectionString);
    }
}
