using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Cases;

public sealed record CaseFilter(string? DefinitionId = null, CaseStatus? Status = null, DateOnly? From = null, DateOnly? To = null, string? Text = null, int Page = 0, int PageSize = 25);

public sealed record CaseRow(Guid Id, string Number, string DefinitionId, string ApplicantName, string? Nik, CaseStatus Status, string? EndId,
    string? CurrentStepId, DateTimeOffset StartedAt, DateTimeOffset? CurrentDueAt);

/// <summary>"Semua berkas": the searchable, paged list, newest first.</summary>
public sealed class CaseSearch(IDbContextFactory<SopDeskDbContext> contexts, OfficeTime time)
{
    public async Task<Page<CaseRow>> SearchAsync(CaseFilter filter, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Cases.AsNoTracking();
        if (!string.IsNullOrEmpty(filter.DefinitionId)) query = query.Where(c => c.DefinitionId == filter.DefinitionId);
        if (filter.Status is { } status) query = query.Where(c => c.Status == status);
        if (filter.From is { } from) query = query.Where(c => c.StartedAt >= time.StartOfDay(from));
        if (filter.To is { } to) query = query.Where(c => c.StartedAt < time.StartOfDay(to.AddDays(1)));
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            var pattern = $"%{text}%";
            query = query.Where(c => EF.Functions.Like(c.ApplicantName, pattern) || EF.Functions.Like(c.Number, pattern) || c.Nik == text);
        }
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(c => c.StartedAt).ThenByDescending(c => c.Number)
            .Skip(filter.Page * filter.PageSize).Take(filter.PageSize)
            .Select(c => new CaseRow(c.Id, c.Number, c.DefinitionId, c.ApplicantName, c.Nik, c.Status, c.EndId, c.CurrentStepId, c.StartedAt, c.CurrentDueAt))
            .ToListAsync(ct);
        return new Page<CaseRow>(items, total);
    }
}
