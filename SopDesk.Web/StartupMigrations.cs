using Microsoft.EntityFrameworkCore;
using SopDesk.Data;

namespace SopDesk.Web;

/// <summary>
/// Applies the checked-in migrations only when one is missing from the database's history. EF's own MigrateAsync also
/// compares the whole model with the last migration's snapshot and takes the migration lock at every start, which on a
/// database already up to date was the longest part of a start (decision 033).
/// </summary>
public static class StartupMigrations
{
    /// <summary>True when migrations were applied; false when the database already had every one.</summary>
    public static async Task<bool> ApplyPendingAsync(SopDeskDbContext db, CancellationToken ct = default)
    {
        if (!await HasPendingAsync(db, ct)) return false;
        await db.MigrateAsync(ct);
        return true;
    }

    /// <summary>A migration of this build that the database's history does not list (a new database has none listed).</summary>
    public static async Task<bool> HasPendingAsync(SopDeskDbContext db, CancellationToken ct = default)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return db.Database.GetMigrations().Any(m => !applied.Contains(m));
    }
}
