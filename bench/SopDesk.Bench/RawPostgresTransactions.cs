using System.Diagnostics;
using Npgsql;

namespace SopDesk.Bench;

/// <summary>
/// The reference figure on PostgreSQL: durable one-row transactions (BEGIN; INSERT; COMMIT with the server's
/// synchronous_commit = on, fsync = on) on one connection, as <see cref="RawSqliteTransactions"/> does on SQLite.
/// </summary>
public static class RawPostgresTransactions
{
    public static async Task<double> MeasureAsync(string connectionString, TimeSpan duration)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand("CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at bigint NOT NULL, payload text NOT NULL)", connection))
            await create.ExecuteNonQueryAsync();

        await using var insert = new NpgsqlCommand("INSERT INTO t (at, payload) VALUES (@at, @payload)", connection);
        var at = new NpgsqlParameter<long> { ParameterName = "at" };
        insert.Parameters.Add(at);
        insert.Parameters.Add(new NpgsqlParameter<string> { ParameterName = "payload", TypedValue = "selesai" });
        var count = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration)
        {
            await using var tx = await connection.BeginTransactionAsync();
            insert.Transaction = tx;
            at.TypedValue = watch.ElapsedTicks;
            await insert.ExecuteNonQueryAsync();
            await tx.CommitAsync();
            count++;
        }
        return count / watch.Elapsed.TotalSeconds;
    }
}
