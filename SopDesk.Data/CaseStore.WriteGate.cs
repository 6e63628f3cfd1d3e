using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SopDesk.Data;

/// <summary>
/// One queue per database file for the writes of this process (decisions 028 and 034). SQLite allows one writer at a
/// time anyway; <see cref="Lock"/> only decides the order. Step results also wait in <see cref="Pending"/>, so whoever
/// holds the lock next writes all of them in one transaction (group commit). Writers in other processes still meet at
/// SQLite's lock (busy_timeout).
/// </summary>
internal sealed class WriteGate
{
    private static readonly ConcurrentDictionary<string, WriteGate> Gates = new(StringComparer.Ordinal);

    /// <summary>Held by the one writer of this process that is writing now (first come, first served).</summary>
    public SemaphoreSlim Lock { get; } = new(1, 1);

    /// <summary>Step results waiting for the next group commit, in arrival order.</summary>
    public PendingSteps Pending { get; } = new();

    public static WriteGate For(SopDeskDbContext db)
    {
        var connectionString = db.Database.GetConnectionString() ?? "";
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var key = string.IsNullOrEmpty(file) || file == ":memory:" ? connectionString : Path.GetFullPath(file);
        return Gates.GetOrAdd(key, _ => new WriteGate());
    }
}
