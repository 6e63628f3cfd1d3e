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
/// grow in commit order (on PostgreSQL they need not: see <see cref="GapSettles"/>), so "berkas of SOP X with a line after the watermark" is exactly what changed. Why not a hook in the
/// write path: berkas change through the desk, the public side, the SLA sweep and Plh. acts; one more thing every path must
/// remember would be forgotten, while the journal cannot be skipped. Cheap when nothing changed (one primary-key range read),
/// so readers call it before they read. Runs in a write transaction: two catch-ups at once apply one after the other.
/// </summary>
public static class CaseProjections
{
    /// <summary>
    /// PostgreSQL only: how long a gap in the journal ids may be a transaction still in flight. Ids come from a sequence
    /// when the row is written, not when it commits, so a line with a lower id can appear after a higher one; a gap older
    /// than this is a rolled-back write (sequences never give an id back) and the watermark moves past it.
    /// </summary>
    public static readonly TimeSpan GapSettles = TimeSpan.FromSeconds(60);

    public static async Task<int> CatchUpAsync(SopDeskDbContext db, ICaseProjection projection, DateTimeOffset now, CancellationToken ct = default)
    {
        var seen = await db.ProjectionWatermarks.AsNoTracking().Where(w => w.Name == projection.Name).Select(w => (long?)w.JournalId).FirstOrDefaultAsync(ct) ?? 0;
        var last = await db.Journal.Where(j => j.Id > seen).MaxAsync(j => (long?)j.Id, ct);
        if (last is null) return 0;
        var postgres = !db.IsSqlite();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // Catch-ups apply one after the other: SQLite's write lock, PostgreSQL's lock on the projection's name (its watermark row may not exist yet).
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.TakeTurnAsync("projection:" + projection.Name, ct);
            var mark = await db.ProjectionWatermarks.FirstOrDefaultAsync(w => w.Name == projection.Name, ct);
            if (mark is null) db.ProjectionWatermarks.Add(mark = new ProjectionWatermarkRecord { Name = projection.Name });
            var upTo = await db.Journal.MaxAsync(j => (long?)j.Id, ct) ?? 0;
            var changed = await (from j in db.Journal
                                 where j.Id > mark.JournalId && j.Id <= upTo && j.CaseId != null
                                 join c in db.Cases on j.CaseId equals c.Id
                                 where c.DefinitionId == projection.DefinitionId
                                 select c.Id).Distinct().ToListAsync(ct);
            if (changed.Count > 0) await projection.ApplyAsync(db, changed, now, ct);
            // Every visible line is applied; on PostgreSQL the mark stops before a gap that may still fill (the berkas after
            // it are applied again next time, which a projection allows).
            mark.JournalId = postgres ? await SettledUpToAsync(db, mark.JournalId, upTo, now, ct) : upTo;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return changed.Count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The highest id up to which no unsettled gap lies after <paramref name="from"/>.</summary>
    private static async Task<long> SettledUpToAsync(SopDeskDbContext db, long from, long upTo, DateTimeOffset now, CancellationToken ct)
    {
        var lines = await db.Journal.AsNoTracking().Where(j => j.Id > from && j.Id <= upTo).OrderBy(j => j.Id)
            .Select(j => new { j.Id, j.At }).ToListAsync(ct);
        var settled = from;
        foreach (var line in lines)
        {
            if (line.Id != settled + 1 && line.At > now - GapSettles) break;
            settled = line.Id;
        }
        return settled;
    }
}
