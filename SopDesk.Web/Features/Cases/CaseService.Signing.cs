using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Security;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Cases;

/// <summary>
/// Read before signing: reading a berkas whose sign step is open is journaled (from the signer's queue or the berkas
/// page), the journal lines since the step arrived become the open item's readers, and the engine refuses a
/// signature by anyone else — whichever page the signature comes from.
/// </summary>
public sealed partial class CaseService
{
    /// <summary>Journals that the signer read the berkas before signing, and returns it (the signer's queue).</summary>
    public async Task<CaseDetail?> ViewForSigningAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        await RecordReadingAsync(caseId, user, ct);
        return await GetDetailAsync(caseId, user, ct);
    }

    /// <summary>The signer says they have read the berkas whose sign step is open (journaled once per item); false when there is no such step.</summary>
    public async Task<bool> RecordReadingAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var actor = await current.RequireAsync(user, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        var item = await db.WorkItems.AsNoTracking().FirstOrDefaultAsync(w => w.CaseId == caseId && w.Status == WorkItemStatus.Open, ct);
        if (row is null || item is null) return false;
        var definition = await catalog.GetVersionAsync(row.DefinitionId, row.DefinitionHash, ct);
        if (definition.Step(item.StepId).Kind != StepKind.Sign) return false;
        if (await db.Journal.AnyAsync(j => j.CaseId == caseId && j.ActorUserId == actor.UserId && j.Action == JournalActions.ViewedForSigning
            && j.At >= item.ArrivedAt, ct)) return true;
        db.Journal.Add(JournalRecord.For(actor, time.Now, JournalActions.ViewedForSigning, $"Membaca berkas {row.Number} sebelum tanda tangan", caseId, item.StepId));
        await db.SaveChangesAsync(ct);
        events.Publish(Live.CaseChange.OnlyCase(caseId)); // a reading changes only the berkas's own pages
        return true;
    }

    /// <summary>Signs the open sign step of one berkas; the engine refuses it unless this signer read it since the step arrived.</summary>
    public async Task<CommandOutcome> SignAsync(Guid caseId, Guid workItemId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (await current.CheckAsync(user, ct: ct) is { Actor: null } ended) return CommandOutcome.Failed(ended.Refusal!);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var item = await db.WorkItems.AsNoTracking().FirstOrDefaultAsync(w => w.Id == workItemId && w.CaseId == caseId, ct);
        if (item is null) return CommandOutcome.Failed("Langkah tidak ditemukan.");
        var row = await db.Cases.AsNoTracking().FirstAsync(c => c.Id == caseId, ct);
        var step = (await catalog.GetVersionAsync(row.DefinitionId, row.DefinitionHash, ct)).Step(item.StepId);
        if (step.Kind != StepKind.Sign) return CommandOutcome.Failed($"Langkah {step.Number} bukan langkah tanda tangan.");
        var sign = step.Outcomes.FirstOrDefault(o => o.Kind == OutcomeKind.Forward)?.Id;
        return await CompleteAsync(caseId, workItemId, sign, new Dictionary<string, string>(), null, user, ct: ct);
    }

    /// <summary>Who read the berkas for its open item since the item arrived (from the journal), for the engine's state.</summary>
    private static async Task<IReadOnlyList<string>> ReadersAsync(SopDeskDbContext db, CaseState state, CancellationToken ct) =>
        state.OpenItem is not { } item ? [] : await db.Journal.AsNoTracking()
            .Where(j => j.CaseId == state.CaseId && j.Action == JournalActions.ViewedForSigning && j.At >= item.ArrivedAt)
            .Select(j => j.ActorUserId).Distinct().ToListAsync(ct);

    private static IEnumerable<string> Readers(IEnumerable<JournalRecord> journal, WorkItemRecord? open) =>
        open is null ? [] : journal.Where(j => j.Action == JournalActions.ViewedForSigning && j.At >= open.ArrivedAt).Select(j => j.ActorUserId);
}
