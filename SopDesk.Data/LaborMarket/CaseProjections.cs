using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;

namespace SopDesk.Data.LaborMarket;

/// <summary>
/// A table kept from the berkas of one SOP (job seeker profiles from AK1, vacancy status from "lowongan"): given the berkas
/// that changed, bring their rows in line. It must be idempotent: a berkas may be applied again.
/// </summary>
public interface ICaseProjection
{
    /// <summary>The watermark's key, e.g. "seeker-profiles".</summary>
    string Name { get; }
    string DefinitionId { get; }
    /// <summary>Update the rows of these berkas (tracked in <paramref name="db"/>; the caller saves in the same transaction as the watermark).</summary>
    Task ApplyAsync(SopDeskDbContext db, IReadOnlyList<Guid> caseIds, DateTimeOffset now, CancellationToken ct);
}

/// <summary>
/// Catch-up of a projection by the journal: every act on a berkas writes a journal line, and (SQLite, one writer) journal ids
/// grow in commit order, so "berkas of SOP X with a line after the watermark" is exactly what changed. Why not a hook in the
/// write path: berkas change through the desk, the public side, the SLA sweep and Plh. acts; one more thing every path must
/// remember would be forgotten, while the journal cannot be skipped. Cheap when nothing changed (one primary-key range read),
/// so readers call it before they read. Runs in a write transaction: two catch-ups at once apply one after the other.
/// </summary>
public static class CaseProjections
{
    public static async Task<int> CatchUpAsync(SopDeskDbContext db, ICaseProjection projection, DateTimeOffset now, CancellationToken ct = default)
    {
        var seen = await db.ProjectionWatermarks.AsNoTracking().Where(w => w.Name == projection.Name).Select(w => (long?)w.JournalId).FirstOrDefaultAsync(ct) ?? 0;
        var last = await db.Journal.Where(j => j.Id > seen).MaxAsync(j => (long?)j.Id, ct);
        if (last is null) return 0;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: false);
            await db.Database.UseTransactionAsync(transaction, ct);
            var mark = await db.ProjectionWatermarks.FirstOrDefaultAsync(w => w.Name == projection.Name, ct);
            if (mark is null) db.ProjectionWatermarks.Add(mark = new ProjectionWatermarkRecord { Name = projection.Name });
            var upTo = await db.Journal.MaxAsync(j => (long?)j.Id, ct) ?? 0;
            var changed = await (from j in db.Journal
                                 where j.Id > mark.JournalId && j.Id <= upTo && j.CaseId != null
                                 join c in db.Cases on j.CaseId equals c.Id
                                 where c.DefinitionId == projection.DefinitionId
                                 select c.Id).Distinct().ToListAsync(ct);
            if (changed.Count > 0) await projection.ApplyAsync(db, changed, now, ct);
            mark.JournalId = upTo;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return changed.Count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
