using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Catalog;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Layanan.Applications;

/// <summary>One passed step as the public sees it: which step, which lane, what came of it, when — never who.</summary>
public sealed record PublicHistoryLine(int StepNo, string Kegiatan, string LaneName, string OutcomeLabel, DateTimeOffset At);

/// <summary>
/// An online berkas as its status page reads it. Everything here may be shown to whoever holds the token except the
/// fields marked owner-only (documents, the officer's return note, the form values), which the page shows to the owner alone.
/// </summary>
public sealed record OnlineCaseView
{
    public required Guid CaseId { get; init; }
    public required Guid? AccountId { get; init; }
    public required string StatusToken { get; init; }
    public required string Number { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
    public required SopDefinition Definition { get; init; }
    public required CaseStatus Status { get; init; }
    public EndState? End { get; init; }
    public Step? CurrentStep { get; init; }
    public string? CurrentLaneName { get; init; }
    /// <summary>The office's due time of the open step, or — when the berkas waits on the applicant — their own limit.</summary>
    public DateTimeOffset? DueAt { get; init; }
    public required IReadOnlyList<PublicHistoryLine> History { get; init; }

    // Owner only.
    public required IReadOnlyList<UploadRecord> Uploads { get; init; }
    public string? ReturnNote { get; init; }
    public required IReadOnlyDictionary<string, string> Values { get; init; }
    public RegisterEntryRecord? IssuedDocument { get; init; }

    public bool WaitsOnApplicant => Status == CaseStatus.WaitingOnApplicant;

    /// <summary>The step the applicant resubmits: open, on an applicant lane.</summary>
    public Step? OpenStep => WaitsOnApplicant && CurrentStep is { } step
        && Definition.Lanes.FirstOrDefault(l => l.Id == step.Lane)?.Party == LaneParty.Applicant ? step : null;

    public bool IsOwnedBy(PublicAccountRecord? account) => account is not null && AccountId == account.Id;
}

/// <summary>Reads an online berkas by its status token (or by id for the owner's list) from the database, each request.</summary>
public sealed class OnlineCaseReader(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog)
{
    public async Task<OnlineCaseView?> ByTokenAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var online = await db.OnlineCases.AsNoTracking().FirstOrDefaultAsync(o => o.StatusToken == token, ct);
        return online is null ? null : await ReadAsync(db, online, ct);
    }

    private async Task<OnlineCaseView?> ReadAsync(SopDeskDbContext db, OnlineCaseRecord online, CancellationToken ct)
    {
        var row = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == online.CaseId, ct);
        if (row is null) return null;
        var definition = await catalog.GetVersionAsync(row.DefinitionId, row.DefinitionHash, ct);
        var items = await db.WorkItems.AsNoTracking().Where(w => w.CaseId == row.Id).OrderBy(w => w.Sequence).ToListAsync(ct);
        var uploads = await db.Uploads.AsNoTracking().Where(u => u.CaseId == row.Id && u.Status != UploadStatus.Replaced)
            .OrderBy(u => u.UploadedAt).ToListAsync(ct);
        var document = await db.RegisterEntries.AsNoTracking()
            .Where(e => e.CaseId == row.Id && e.Document != null && e.SignedAt != null && e.Status == RegisterEntryStatus.Active)
            .FirstOrDefaultAsync(ct);
        var open = items.FirstOrDefault(i => i.Status == WorkItemStatus.Open);
        var step = open is null ? null : definition.Steps.FirstOrDefault(s => s.Id == open.StepId);
        var lastReturn = items.LastOrDefault(i => i.Status == WorkItemStatus.Done && IsReturn(definition, i));
        return new OnlineCaseView
        {
            CaseId = row.Id, AccountId = online.AccountId, StatusToken = online.StatusToken, Number = row.Number, SubmittedAt = online.SubmittedAt,
            Definition = definition, Status = row.Status, End = definition.Ends.FirstOrDefault(e => e.Id == row.EndId),
            CurrentStep = step, CurrentLaneName = step is null ? null : LaneName(definition, open!.LaneId),
            DueAt = open is null ? null : row.Status == CaseStatus.WaitingOnApplicant ? open.ApplicantDueAt : open.DueAt,
            History = [.. items.Where(i => i.Status == WorkItemStatus.Done).Select(i => HistoryLine(definition, i))],
            Uploads = uploads,
            ReturnNote = row.Status == CaseStatus.WaitingOnApplicant ? lastReturn?.Note : null,
            Values = JsonSerializer.Deserialize<Dictionary<string, string>>(row.DataJson) ?? [],
            IssuedDocument = document,
        };
    }

    private static bool IsReturn(SopDefinition definition, WorkItemRecord item) =>
        definition.Steps.FirstOrDefault(s => s.Id == item.StepId)?.Outcomes.FirstOrDefault(o => o.Id == item.OutcomeId)?.Kind == OutcomeKind.Return;

    private static PublicHistoryLine HistoryLine(SopDefinition definition, WorkItemRecord item)
    {
        var step = definition.Steps.FirstOrDefault(s => s.Id == item.StepId);
        var outcome = step?.Outcomes.FirstOrDefault(o => o.Id == item.OutcomeId)?.Label ?? "Selesai";
        return new(step?.No ?? 0, step?.Kegiatan ?? item.StepId, LaneName(definition, item.LaneId), outcome, item.DoneAt ?? item.ArrivedAt);
    }

    private static string LaneName(SopDefinition definition, string laneId) =>
        definition.Lanes.FirstOrDefault(l => l.Id == laneId)?.Name ?? laneId;
}
