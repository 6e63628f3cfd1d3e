using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SopDesk.Data;

/// <summary>
/// One queue per database file for the step writes of this process (decision 028). SQLite allows one writer at a
/// time anyway; the queue only decides the order. Writers in other processes still meet at the lock (busy_timeout).
/// </summary>
internal static class WriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static SemaphoreSlim For(SopDeskDbContext db)
    {
        var connectionString = db.Database.GetConnectionString() ?? "";
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var key = string.IsNullOrEmpty(file) || file == ":memory:" ? connectionString : Path.GetFullPath(file);
        return Gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
    }
}
