using Microsoft.Data.Sqlite;
using SopDesk.Data;

namespace SopDesk.Tests.Data;

/// <summary>A fresh SQLite file with the real migrations applied; deleted on dispose.</summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private TempDatabase(string path) => Path = path;

    public string Path { get; }
    public string ConnectionString => $"Data Source={Path}";

    public static async Task<TempDatabase> CreateAsync()
    {
        var db = new TempDatabase(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sopdesk-test-{Guid.NewGuid():N}.db"));
        await using var context = db.NewContext();
        await context.MigrateAsync();
        return db;
    }

    /// <summary>A new context on its own connection — like another request, or another process.</summary>
    public SopDeskDbContext NewContext() => new(SopDeskDatabase.Options(ConnectionString));

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(Path + suffix)) File.Delete(Path + suffix);
        return ValueTask.CompletedTask;
    }
}
