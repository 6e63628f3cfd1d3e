using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using SopDesk.Web.Security;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Cases;

/// <summary>
/// Signing from the signer's queue: a berkas is signed only after the signer has viewed it (the view is
/// journaled, and the signature is refused without it), one berkas at a time or several in a batch.
/// </summary>
public sealed partial class CaseService
{
    public const string ViewedForSigning = "ViewedForSigning";

    /// <summary>Journals that the signer viewed the berkas before signing, and returns it.</summary>
    public async Task<CaseDetail?> ViewForSigningAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var detail = await GetDetailAsync(caseId, user, ct);
        if (detail?.State.OpenItem is not { } item || detail.Definition.Step(item.StepId).Kind != StepKind.Sign) return detail;
        var actor = await current.RequireAsync(user, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Journal.Add(JournalRecord.For(actor, time.Now, ViewedForSigning, $"Membaca berkas {detail.Case.Number} sebelum tanda tangan", caseId, item.StepId));
        await db.SaveChangesAsync(ct);
        return detail;
    }

    /// <summary>Signs the open sign step of one berkas, if this signer viewed it since the step arrived.</summary>
    public async Task<CommandOutcome> SignAsync(Guid caseId, Guid workItemId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var check = await current.CheckAsync(user, ct: ct);
        if (check.Actor is not { } actor) return CommandOutcome.Failed(check.Refusal!);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var item = await db.WorkItems.AsNoTracking().FirstOrDefaultAsync(w => w.Id == workItemId && w.CaseId == caseId, ct);
        if (item is null) return CommandOutcome.Failed("Langkah tidak ditemukan.");
        var row = await db.Cases.AsNoTracking().FirstAsync(c => c.Id == caseId, ct);
        var definition = await catalog.GetVersionAsync(row.DefinitionId, row.DefinitionHash, ct);
        var step = definition.Step(item.StepId);
        if (step.Kind != StepKind.Sign) return CommandOutcome.Failed($"Langkah {step.No} bukan langkah tanda tangan.");
        var viewed = await db.Journal.AnyAsync(j => j.CaseId == caseId && j.ActorUserId == actor.UserId && j.Action == ViewedForSigning
            && j.At >= item.ArrivedAt, ct);
        if (!viewed) return CommandOutcome.Failed($"Buka dan baca berkas {row.Number} sebelum menandatanganinya.");
        var sign = step.Outcomes.FirstOrDefault(o => o.Kind == OutcomeKind.Forward)?.Id;
        return await CompleteAsync(caseId, workItemId, sign, new Dictionary<string, string>(), null, user, ct: ct);
    }
}
