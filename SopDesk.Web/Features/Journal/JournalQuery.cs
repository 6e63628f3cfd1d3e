using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.Journal;

/// <summary>Filters of the administrators' journal view; dates are whole days in the office's time zone.</summary>
public sealed record JournalFilter(DateOnly? From = null, DateOnly? To = null, string? Actor = null, string? Action = null,
    string? CaseNumber = null, string? Text = null, int Page = 0, int PageSize = 50);

public sealed record JournalRow(long Id, DateTimeOffset At, string ActorName, string ActingAs, string Action, Guid? CaseId, string? CaseNumber,
    string Detail, string? IpAddress);

/// <summary>
/// The whole journal, newest first, one page at a time. Ordering by (At, Id) descending walks the index on At
/// (SQLite keeps the row id in every index), so a page costs the same on a journal of millions of rows.
/// </summary>
public sealed class JournalQuery(IDbContextFactory<SopDeskDbContext> contexts, OfficeTime time)
{
    public async Task<Page<JournalRow>> SearchAsync(JournalFilter filter, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Journal.AsNoTracking();
        if (filter.From is { } from) query = query.Where(j => j.At >= time.StartOfDay(from));
        if (filter.To is { } to) query = query.Where(j => j.At < time.StartOfDay(to.AddDays(1)));
        if (!string.IsNullOrEmpty(filter.Action)) query = query.Where(j => j.Action == filter.Action);
        if (Like(filter.Actor) is { } actor) query = query.Where(j => EF.Functions.Like(j.ActorName, actor) || j.ActorUserId == filter.Actor!.Trim());
        if (Like(filter.Text) is { } text) query = query.Where(j => EF.Functions.Like(j.Detail, text));
        if (Like(filter.CaseNumber) is { } number)
        {
            var cases = db.Cases.Where(c => EF.Functions.Like(c.Number, number)).Select(c => (Guid?)c.Id);
            query = query.Where(j => cases.Contains(j.CaseId));
        }
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(j => j.At).ThenByDescending(j => j.Id)
            .Skip(filter.Page * filter.PageSize).Take(filter.PageSize)
            .Select(j => new JournalRow(j.Id, j.At, j.ActorName, j.ActingAs, j.Action, j.CaseId,
                db.Cases.Where(c => c.Id == j.CaseId).Select(c => c.Number).FirstOrDefault(), j.Detail, j.IpAddress))
            .ToListAsync(ct);
        return new Page<JournalRow>(items, total);
    }

    private static string? Like(string? text) => string.IsNullOrWhiteSpace(text) ? null : $"%{text.Trim()}%";
}
