using Microsoft.Data.Sqlite;
using SopDesk.Tests.Data;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// The database an end-to-end app runs on: a temp SQLite file, or, in test.sh's PostgreSQL run
/// (<c>SOPDESK_TEST_PROVIDER=postgres</c>), a fresh migrated PostgreSQL database (decision 043). Its uploads folder is
/// <see cref="Uploads"/> either way.
/// </summary>
public sealed class AppDatabase : IAsyncDisposable
{
    private readonly TempDatabase? _postgres;

    private AppDatabase(string basePath, TempDatabase? postgres)
    {
        BasePath = basePath;
        _postgres = postgres;
    }

    private string BasePath { get; }

    private string SqliteFile => BasePath + ".db";

    /// <summary>The app's uploads folder (Uploads:Path), removed with the database.</summary>
    public string Uploads => BasePath + ".uploads";

    public static async Task<AppDatabase> CreateAsync(string prefix)
    {
        var basePath = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        return new AppDatabase(basePath, TempDatabase.OnPostgres ? await TempDatabase.CreateAsync() : null);
    }

    /// <summary>The app settings that point it at this database.</summary>
    public IReadOnlyDictionary<string, string> Settings => _postgres is { } postgres
        ? new Dictionary<string, string> { ["Database:Provider"] = "Postgres", ["ConnectionStrings:SopDesk"] = postgres.ConnectionString }
        : new Dictionary<string, string> { ["Database:Provider"] = "Sqlite", ["ConnectionStrings:SopDesk"] = $"Data Source={SqliteFile}" };

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null) await _postgres.DisposeAsync();
        else
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                if (File.Exists(SqliteFile + suffix)) File.Delete(SqliteFile + suffix);
        }
        if (Directory.Exists(Uploads)) Directory.Delete(Uploads, recursive: true);
    }
}
