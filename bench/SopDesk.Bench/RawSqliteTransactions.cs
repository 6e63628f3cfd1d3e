using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace SopDesk.Bench;

/// <summary>
/// The reference figure: how many durable one-row SQLite transactions this machine does per second
/// (WAL, synchronous=FULL — the same settings the app uses).
/// </summary>
public static class RawSqliteTransactions
{
    public static double Measure(string directory, TimeSpan duration)
    {
        var path = Path.Combine(directory, $"raw-{Guid.NewGuid():N}.db");
        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
            Execute(connection, "CREATE TABLE t (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, payload TEXT NOT NULL);");

            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO t (at, payload) VALUES ($at, $payload)";
            var at = insert.Parameters.Add("$at", SqliteType.Integer);
            var payload = insert.Parameters.Add("$payload", SqliteType.Text);

            var count = 0;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < duration)
            {
                using var tx = connection.BeginTransaction();
                insert.Transaction = tx;
                at.Value = watch.ElapsedTicks;
                payload.Value = "selesai";
                insert.ExecuteNonQuery();
                tx.Commit();
                count++;
            }
            return count / watch.Elapsed.TotalSeconds;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
