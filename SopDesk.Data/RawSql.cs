using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace SopDesk.Data;

/// <summary>
/// What hand-written SQL needs to run on either provider (decision 044; which provider it is: <see cref="SopDeskDatabase.IsSqlite"/>): parameters that bind on
/// both (bare names: SQLite finds <c>$name</c>, Npgsql <c>@name</c>), instants as each stores them, and writers taking turns.
/// </summary>
public static class RawSql
{
    /// <summary>
    /// Adds a parameter by its bare name. A null is typed (<paramref name="nullType"/>) because PostgreSQL must know the type
    /// of <c>@p IS NULL</c>; SQLite ignores it.
    /// </summary>
    public static void AddParameter(this DbCommand command, string name, object? value, DbType nullType = DbType.String)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (value is null) parameter.DbType = nullType;
        command.Parameters.Add(parameter);
    }

    /// <summary>
    /// Makes writers of one key take turns, as SQLite's single writer makes every write transaction: on PostgreSQL a lock on
    /// the key held until the transaction ends (<c>pg_advisory_xact_lock</c>); SQLite needs nothing more (BEGIN IMMEDIATE,
    /// its provider's default, holds the database's write lock). Call it first inside the transaction, before the reads it guards.
    /// </summary>
    public static async Task TakeTurnAsync(this DatabaseFacade database, string key, CancellationToken ct)
    {
        // The 64-bit hash: two keys rarely share a lock by chance (the 32-bit hashtext would be likelier to).
        if (!database.IsSqlite()) await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", ct);
    }

    /// <summary>A command on <paramref name="connection"/> with bare-named parameters.</summary>
    public static DbCommand Command(DbConnection connection, string sql, IEnumerable<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.AddParameter(name, value);
        return command;
    }

    /// <summary>An instant as the provider stores it (decision 042: UTC ticks on SQLite, timestamptz at offset 0 on PostgreSQL).</summary>
    public static object Instant(SopDeskDbContext db, DateTimeOffset at) => StoredTime.ToProvider(at, db.IsSqlite());

    /// <summary>Reads an instant column as <see cref="Instant"/> writes it.</summary>
    public static DateTimeOffset ReadInstant(SopDeskDbContext db, DbDataReader reader, int ordinal) =>
        db.IsSqlite() ? StoredTime.FromColumn(reader.GetInt64(ordinal)) : reader.GetFieldValue<DateTimeOffset>(ordinal);
}
