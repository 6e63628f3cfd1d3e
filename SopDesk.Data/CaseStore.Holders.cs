using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Engine;

namespace SopDesk.Data;

/// <summary>Writes a change of hands on an open item (claim, release, reassignment, disposisi) and marks a disposisi as opened.</summary>
public sealed partial class CaseStore
{
    /// <summary>
    /// Writes the new holder only if the item is still open and unchanged since the engine saw it (its
    /// version), plus the journal line — one transaction under SQLite's write lock.
    /// </summary>
    public Task<ApplyResult> ApplyHolderAsync(HolderChanged change, TimeZoneInfo officeZone, string? ipAddress = null, CancellationToken ct = default) =>
        InWriteTransactionAsync<ApplyResult>(async () =>
        {
            var holder = change.Item.Holder;
            var written = await db.WorkItems
                .Where(w => w.Id == change.Item.Id && w.Status == WorkItemStatus.Open && w.Version == change.ExpectedVersion)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(w => w.HolderUserId, holder == null ? null : holder.UserId)
                    .SetProperty(w => w.HolderName, holder == null ? null : holder.Name)
                    .SetProperty(w => w.HoldKind, holder == null ? null : holder.Kind.ToString())
                    .SetProperty(w => w.HeldSince, holder == null ? null : holder.Since)
                    .SetProperty(w => w.HeldByUserId, holder == null ? null : holder.ByUserId)
                    .SetProperty(w => w.HeldByName, holder == null ? null : holder.ByName)
                    .SetProperty(w => w.Instruction, holder == null ? null : holder.Instruction)
                    .SetProperty(w => w.SeenAt, holder == null ? null : holder.SeenAt)
                    .SetProperty(w => w.Version, w => w.Version + 1), ct);
            if (written == 0)
                return await ConflictAsync(change.Item.Id, officeZone, ct) ?? new Conflict("Langkah ini baru saja berubah; muat ulang berkas.", null, null);
            db.Journal.Add(CaseMapping.ToRecord(change.Entry, change.CaseId, ipAddress));
            await db.SaveChangesAsync(ct);
            return new Applied(null);
        }, ct);

    /// <summary>
    /// The recipient of a disposisi opened the berkas: noted once (from then on it cannot be withdrawn) and
    /// journaled. Returns false when there was nothing to note.
    /// </summary>
    public Task<bool> MarkDisposisiSeenAsync(Guid caseId, Guid workItemId, Actor recipient, DateTimeOffset at, CancellationToken ct = default) =>
        InWriteTransactionAsync(async () =>
        {
            var disposisi = nameof(HoldKind.Disposisi);
            var written = await db.WorkItems
                .Where(w => w.Id == workItemId && w.Status == WorkItemStatus.Open && w.HolderUserId == recipient.UserId
                    && w.HoldKind == disposisi && w.SeenAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(w => w.SeenAt, at).SetProperty(w => w.Version, w => w.Version + 1), ct);
            if (written == 0) return false;
            db.Journal.Add(new JournalRecord
            {
                At = at, CaseId = caseId, ActorUserId = recipient.UserId, ActorName = recipient.Name, ActingAs = "",
                Action = JournalActions.DisposisiOpened, Detail = "Disposisi dibuka oleh penerima",
            });
            await db.SaveChangesAsync(ct);
            return true;
        }, ct);

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction of its own that takes SQLite's write lock first (BEGIN IMMEDIATE);
    /// commits unless it throws. Holder changes and disposisi marks take this path; step results are group-committed.
    /// On PostgreSQL a plain READ COMMITTED transaction: the guarded UPDATE's row lock orders concurrent writers.
    /// </summary>
    private async Task<T> InWriteTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        var since = Mark();
        if (!db.IsSqlite())
            return await InWriteTransactionCoreAsync(_ =>
            {
                Took(WritePart.Begin, since);
                return work();
            }, ct);
        // Writers of this process queue here, first come first served, and hand the lock on at once; SQLite's busy
        // handler alone makes waiting writers poll with sleeps of up to 100 ms while the lock sits free.
        var gate = WriteGate.For(db);
        await gate.Lock.WaitAsync(ct);
        try
        {
            return await InWriteTransactionCoreAsync(_ =>
            {
                Took(WritePart.Begin, since);
                return work();
            }, ct);
        }
        finally
        {
            gate.Lock.Release();
        }
    }

    /// <summary>
    /// One transaction on the context's connection around <paramref name="work"/> (SQLite: BEGIN IMMEDIATE; PostgreSQL: READ
    /// COMMITTED); rolled back if it throws, or when <paramref name="keep"/> says its result must not be kept.
    /// </summary>
    /// <param name="committed">Called right after the commit succeeded (before the connection is handed back).</param>
    private async Task<T> InWriteTransactionCoreAsync<T>(Func<DbTransaction, Task<T>> work, CancellationToken ct, Action? committed = null,
        Func<T, bool>? keep = null)
    {
        await db.Database.OpenConnectionAsync(ct);
        // The whole transaction (or the result's savepoint) rolls back on any failure, so SaveChanges needs no savepoint of its own.
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await using var transaction = db.Database.GetDbConnection() is SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: false)
                : await db.Database.GetDbConnection().BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
            await db.Database.UseTransactionAsync(transaction, ct);
            var result = await work(transaction);
            if (keep?.Invoke(result) == false)
            {
                await transaction.RollbackAsync(ct);
                return result;
            }
            var since = Mark();
            await transaction.CommitAsync(ct);
            committed?.Invoke();
            Took(WritePart.Commit, since);
            Timings?.Committed();
            return result;
        }
        finally
        {
            var since = Mark();
            await db.Database.UseTransactionAsync(null, ct);
            db.Database.AutoSavepointsEnabled = savepoints;
            db.ChangeTracker.Clear();
            await db.Database.CloseConnectionAsync();
            Took(WritePart.End, since);
        }
    }
}
