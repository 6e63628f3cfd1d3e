using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SopDesk.Data;

/// <summary>The database errors SopDesk answers rather than fails on, recognised the same on both providers.</summary>
public static class DatabaseErrors
{
    private const int SqliteConstraintUnique = 2067, SqliteConstraintPrimaryKey = 1555;

    /// <summary>
    /// A unique index refused the row (SQLite's SQLITE_CONSTRAINT_UNIQUE or _PRIMARYKEY, PostgreSQL's SQLSTATE 23505), whether thrown by a
    /// plain command or wrapped by EF's SaveChanges in a DbUpdateException.
    /// </summary>
    public static bool IsUniqueViolation(Exception error) => (error as DbException ?? error.InnerException as DbException) switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
