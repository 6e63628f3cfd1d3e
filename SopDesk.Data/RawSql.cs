using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using SopDesk.Data.Entities;

namespace SopDesk.Data;

/// <summary>
/// What hand-written SQL needs to run on either provider (decision 044): which provider this is, parameters that bind on
/// both (bare names: SQLite finds <c>$name</c>, Npgsql <c>@name</c>), instants encoded as the model stores them, and the
/// one test for "a unique index refused the row".
/// </summary>
public static class RawSql
{
    /// <summary>True on PostgreSQL; SQLite keeps its own SQL (FTS5, INDEXED BY, unquoted names) where the two differ.</summary>
    public static bool IsPostgres(this DatabaseFacade database) => !database.IsSqlite();

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
        if (database.IsPostgres()) await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({key}))", ct);
    }

    /// <summary>A command on <paramref name="connection"/> with bare-named parameters.</summary>
    public static DbCommand Command(DbConnection connection, string sql, IEnumerable<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.AddParameter(name, value);
        return command;
    }

    /// <summary>An instant as <paramref name="model"/> stores every DateTimeOffset (SQLite: a converter to a number; PostgreSQL: timestamptz in UTC).</summary>
    public static object Instant(IModel model, DateTimeOffset at) =>
        InstantConverter(model) is { } converter ? converter.ConvertToProvider(at)! : at.ToUniversalTime();

    /// <summary>Reads an instant column written as <see cref="Instant"/> writes it.</summary>
    public static DateTimeOffset ReadInstant(IModel model, DbDataReader reader, int ordinal)
    {
        var converter = InstantConverter(model);
        var stored = converter?.ProviderClrType switch
        {
            null => (object)reader.GetFieldValue<DateTimeOffset>(ordinal),
            var type when type == typeof(long) => reader.GetInt64(ordinal),
            var type when type == typeof(DateTime) => reader.GetFieldValue<DateTime>(ordinal),
            _ => reader.GetFieldValue<DateTimeOffset>(ordinal),
        };
        return converter is null ? (DateTimeOffset)stored : (DateTimeOffset)converter.ConvertFromProvider(stored)!;
    }

    /// <summary>
    /// The row broke a unique index (or, on SQLite, any constraint: SQLITE_CONSTRAINT is one code): SqliteException 19,
    /// PostgreSQL SQLSTATE 23505. Both providers' exceptions are DbExceptions, so no provider package is needed here.
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException failure) => failure.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        DbException other => other.SqlState == "23505",
        _ => false,
    };

    // Every DateTimeOffset is mapped alike (SopDeskDbContext's convention), so one column tells how.
    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? InstantConverter(IModel model) =>
        model.FindEntityType(typeof(JournalRecord))!.FindProperty(nameof(JournalRecord.At))!.GetTypeMapping().Converter;
}
