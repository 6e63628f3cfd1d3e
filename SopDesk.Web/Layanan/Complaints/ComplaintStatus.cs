using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Engine;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Reports.Online;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Layanan.Complaints;

/// <summary>Where a complaint stands, as its complainant may see it: texts written for them and times, never an officer's name.</summary>
public sealed record ComplaintView(
    string Number,
    DateTimeOffset ReceivedAt,
    string State,
    IReadOnlyList<(string Label, string Value)> Sent,
    Response? FirstResponse,
    IReadOnlyList<Response> FollowUps,
    DateTimeOffset? ClosedAt)
{
    /// <summary>Still open after the 2-hari-kerja target (Perwali Banjarbaru 29/2015: the complainant is told).</summary>
    public bool OpenPastTarget { get; init; }
}

/// <summary>A text the office wrote for the complainant, when, and (first response) how long it took in hari kerja.</summary>
public sealed record Response(DateTimeOffset At, string Text, string? Outcome, double WorkingDays, double WorkingHours)
{
    public bool WithinTarget => WorkingDays <= OnlineTargets.WorkingDays;
}

/// <summary>Reads a complaint by its status token (the capability): null for an unknown token or a berkas that is not a complaint.</summary>
public sealed class ComplaintStatus(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, OfficeTime time)
{
    public const string Received = "Diterima", Answered = "Ditanggapi", Resolved = "Selesai", NotResolvable = "Tidak dapat diselesaikan";
    private const string ResponseField = "tanggapan", FollowUpField = "catatanTindakLanjut";

    public async Task<ComplaintView?> FindAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64) return null;
        var purpose = nameof(OnlinePurpose.Complaint);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var online = await db.OnlineCases.AsNoTracking().FirstOrDefaultAsync(o => o.StatusToken == token && o.Purpose == purpose, ct);
        if (online is null) return null;
        var row = await db.Cases.AsNoTracking().FirstAsync(c => c.Id == online.CaseId, ct);
        var items = await db.WorkItems.AsNoTracking().Where(w => w.CaseId == row.Id && w.Status == WorkItemStatus.Done).OrderBy(w => w.Sequence).ToListAsync(ct);
        var definition = await catalog.GetVersionAsync(row.DefinitionId, row.DefinitionHash, ct);
        var first = definition.Steps[0];

        var sentValues = Values(items.FirstOrDefault(i => i.StepId == first.Id));
        var sent = first.Fields.Where(f => !ComplaintContact.Fields.Contains(f.Id) && !string.IsNullOrEmpty(sentValues.GetValueOrDefault(f.Id)))
            .Select(f => (f.Label, sentValues[f.Id])).ToList();
        var responses = items.Where(i => i.StepId != first.Id)
            .Select(i => (Item: i, Text: Values(i).GetValueOrDefault(ResponseField) ?? Values(i).GetValueOrDefault(FollowUpField)))
            .Where(r => !string.IsNullOrWhiteSpace(r.Text))
            .Select(r => ResponseOf(r.Item, r.Text!, row.StartedAt, definition))
            .ToList();
        var endKind = definition.Ends.FirstOrDefault(e => e.Id == row.EndId)?.Kind;
        var state = row.Status == CaseStatus.Closed
            ? endKind == EndKind.Completed ? Resolved : NotResolvable
            : responses.Count > 0 ? Answered : Received;
        return new ComplaintView(row.Number, row.StartedAt, state, sent, responses.FirstOrDefault(), [.. responses.Skip(1)], row.ClosedAt)
        {
            OpenPastTarget = row.Status != CaseStatus.Closed
                && time.Calendar.WorkingTimeBetween(row.StartedAt, time.Now) / OfficeTime.WorkingDayLength(time.Calendar) > OnlineTargets.WorkingDays,
        };
    }

    private Response ResponseOf(WorkItemRecord item, string text, DateTimeOffset received, SopDefinition definition)
    {
        var taken = time.Calendar.WorkingTimeBetween(received, item.DoneAt!.Value);
        var outcome = definition.Steps.FirstOrDefault(s => s.Id == item.StepId)?.Outcomes.FirstOrDefault(o => o.Id == item.OutcomeId)?.Label;
        return new Response(item.DoneAt.Value, text, outcome, taken / OfficeTime.WorkingDayLength(time.Calendar), taken.TotalHours);
    }

    private static Dictionary<string, string> Values(WorkItemRecord? item) =>
        item?.ValuesJson is { } json ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [] : [];
}
