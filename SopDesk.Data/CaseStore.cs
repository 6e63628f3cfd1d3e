using System.Collections.Immutable;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Data;

/// <summary>What happened when a result was written.</summary>
public abstract record ApplyResult;

/// <summary>Written. <paramref name="NewCaseNumber"/> is the registration number given when the result started a case.</summary>
public sealed record Applied(string? NewCaseNumber) : ApplyResult;

/// <summary>Someone else completed the step first; nothing was written.</summary>
public sealed record Conflict(string Message, string? ByName, DateTimeOffset? At) : ApplyResult;

/// <summary>A value the office's records contradict (e.g. an AK1 number that is not valid); nothing was written.</summary>
public sealed record Invalid(ImmutableDictionary<string, string> FieldErrors) : ApplyResult;

/// <summary>
/// Loads a case's state for the engine and writes what the engine decided — all of one result in one
/// transaction, so a crash mid-step leaves the berkas exactly as it was before the step.
/// </summary>
public sealed partial class CaseStore(SopDeskDbContext db)
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>The case's state for the engine: its row, its open item and the outcomes chosen so far (two plain queries, decision 034).</summary>
    public async Task<CaseState?> LoadAsync(Guid caseId, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var row = (await CaseMapping.QueryAsync(db, CaseMapping.StateCaseSql, CaseMapping.ReadStateCase, ct, ("@id", caseId))).FirstOrDefault();
            if (row is null) return null;
            // One read for the open item and the outcomes chosen so far (revision loops count them: history, no counter column).
            var items = await CaseMapping.QueryAsync(db, CaseMapping.StateItemsSql, CaseMapping.ReadStateItem, ct, ("@id", caseId));
            return StateWithHistory(row, items);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The engine's state from rows already read (the case and its open item, if any).</summary>
    public static CaseState StateOf(CaseRecord row, WorkItemRecord? open) => CaseMapping.ToState(row, open);

    /// <summary>The engine's state from the case row and all its items (the open one, if any, and the completed ones).</summary>
    public static CaseState StateWithHistory(CaseRecord row, IReadOnlyList<WorkItemRecord> items) =>
        CaseMapping.ToState(row, items.FirstOrDefault(i => i.Status == WorkItemStatus.Open),
            CaseState.Tally(items.Where(i => i.Status == WorkItemStatus.Done).Select(i => (i.StepId, i.OutcomeId))));

    /// <summary>
    /// Writes <paramref name="result"/>: the case row, the closed item, the opened item and the journal, in one transaction.
    /// On SQLite the transaction takes the write lock first (BEGIN IMMEDIATE), so the "is the item still open" check and the
    /// write cannot interleave with another writer — in this process or another one. On PostgreSQL (decision 043) each
    /// step is its own READ COMMITTED transaction: the version-guarded UPDATE waits for a concurrent finisher's row lock
    /// and then finds the item changed, and the counters are taken by one atomic statement each.
    /// </summary>
    public async Task<ApplyResult> ApplyAsync(Accepted result, SopDefinition definition, TimeZoneInfo officeZone,
        string? ipAddress = null, CancellationToken ct = default)
    {
        try
        {
            // SQLite: written with the other results queued at this moment, each in its own savepoint of one transaction (decision 034).
            var step = new PendingStep(result, definition, officeZone, ipAddress, ct);
            return db.IsSqlite() ? await GroupCommitAsync(step, ct) : await WriteOnServerAsync(step, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A writer outside this lock protocol changed the item: report who did, write nothing.
            return await ConflictAsync(result.Closed!, officeZone, ct) ?? new Conflict("Langkah ini sudah berubah; muat ulang berkas.", null, null);
        }
    }

    private async Task<ApplyResult> WriteAsync(Accepted result, SopDefinition definition, TimeZoneInfo officeZone, string? ipAddress, CancellationToken ct)
    {
        var caseId = result.State.CaseId;
        var checking = Mark();
        if (result.Closed is { } submitted && await ReferenceErrorsAsync(submitted, result.State, definition, officeZone, ct) is { Count: > 0 } errors)
            return new Invalid(errors);
        Took(WritePart.References, checking);
        string? newNumber = null;
        if (result.Closed is not { Item.Sequence: > 1 } done)
        {
            // A start: the case and its first (already completed) item are new.
            if (await db.Cases.AnyAsync(c => c.Id == caseId, ct)) return new Conflict("Berkas ini sudah dibuat.", null, null);
            var row = await NewCaseAsync(result.State, definition, officeZone, ct);
            row.StartedByUserId = result.Closed?.ActorUserId ?? "";
            CaseMapping.CopyState(result.State, definition, row);
            row.UpdatedAt = result.Closed?.DoneAt ?? result.State.StartedAt;
            db.Cases.Add(row);
            if (result.Closed is { } first) MarkDone(first, null, caseId, definition);
            if (result.Closed is { } firstDone)
            {
                await RecordFinishedAsync(firstDone, caseId, definition, officeZone, ct);
                await RecordRegistersAsync(firstDone, result.State, definition, row.Number, officeZone, ct);
            }
            newNumber = row.Number;
        }
        else
        {
            // One guarded UPDATE under the write lock: it changes a row only while the item is still open.
            var since = Mark();
            if (await CaseMapping.CompleteItemAsync(db, done, ct) == 0)
                return await ConflictAsync(done, officeZone, ct) ?? new Conflict("Langkah ini tidak lagi terbuka; muat ulang berkas.", null, null);
            Took(WritePart.CompleteItem, since);
            since = Mark();
            await CaseMapping.UpdateCaseAsync(db, result.State, definition, done.DoneAt, ct);
            Took(WritePart.UpdateCase, since);
            await RecordFinishedAsync(done, caseId, definition, officeZone, ct);
            since = Mark();
            await RecordRegistersAsync(done, result.State, definition, null, officeZone, ct);
            Took(WritePart.Registers, since);
        }

        var saving = Mark();
        // What the start, the lateness and the registers tracked goes first (the new item refers to a new case row);
        // the opened item and the journal are plain INSERTs, the rows every step writes (decision 034).
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(ct);
        try
        {
            if (result.Opened is { } opened) await CaseMapping.InsertItemAsync(db, CaseMapping.NewItem(caseId, opened, definition), ct);
            foreach (var entry in result.Journal) await CaseMapping.InsertJournalAsync(db, CaseMapping.ToRecord(entry, caseId, ipAddress), ct);
        }
        catch (System.Data.Common.DbException failure)
        {
            throw new DbUpdateException("Langkah tidak dapat disimpan.", failure); // as SaveChanges reports a failed row
        }
        Took(WritePart.Save, saving);
        return new Applied(newNumber);
    }

    private Task<Conflict?> ConflictAsync(CompletedItem closed, TimeZoneInfo officeZone, CancellationToken ct) =>
        ConflictAsync(closed.Item.Id, officeZone, ct);

    /// <summary>Why a guarded write found the item changed: done by someone, or now held by someone.</summary>
    private async Task<Conflict?> ConflictAsync(Guid itemId, TimeZoneInfo officeZone, CancellationToken ct)
    {
        var current = await db.WorkItems.AsNoTracking().FirstOrDefaultAsync(w => w.Id == itemId, ct);
        if (current is { Status: WorkItemStatus.Done }) return ConflictWith(current, officeZone);
        if (current is { HolderUserId: not null, HeldSince: { } since })
            return new Conflict($"Langkah ini baru saja berpindah ke {current.HolderName} pada {Local(since, officeZone)}; muat ulang berkas.",
                current.HolderName, since);
        return null;
    }

    private static string Local(DateTimeOffset at, TimeZoneInfo officeZone) =>
        TimeZoneInfo.ConvertTime(at, officeZone).ToString("d MMMM yyyy HH.mm", Indonesian);

    private static Conflict ConflictWith(WorkItemRecord done, TimeZoneInfo officeZone)
    {
        var at = done.DoneAt!.Value;
        return new Conflict($"Langkah ini sudah diproses oleh {done.ActorName} pada {Local(at, officeZone)}.", done.ActorName, at);
    }

    // The first step of a new case is opened and completed by one command: it was never stored open.
    private void MarkDone(CompletedItem done, WorkItemRecord? item, Guid caseId, SopDefinition definition)
    {
        item ??= db.WorkItems.Add(CaseMapping.NewItem(caseId, done.Item, definition)).Entity;
        CaseMapping.CopyDone(done, item);
        item.Version++;
    }

    private async Task<CaseRecord> NewCaseAsync(CaseState state, SopDefinition definition, TimeZoneInfo officeZone, CancellationToken ct)
    {
        var prefix = definition.Id.ToUpperInvariant();
        var year = TimeZoneInfo.ConvertTime(state.StartedAt, officeZone).Year;
        var number = await Counters.NextCaseNumberAsync(db, prefix, year, ct);

        var version = await db.DefinitionVersions.AsNoTracking()
            .Where(d => d.DefinitionId == definition.Id && d.ContentHash == definition.ContentHash)
            .Select(d => (int?)d.Version).FirstOrDefaultAsync(ct);
        return new CaseRecord
        {
            Id = state.CaseId,
            Number = string.Create(CultureInfo.InvariantCulture, $"{prefix}/{year}/{number:000000}"),
            DefinitionId = definition.Id,
            DefinitionHash = definition.ContentHash,
            DefinitionVersion = version ?? 0,
            StartedAt = state.StartedAt,
            StartedByUserId = "",
        };
    }
}
