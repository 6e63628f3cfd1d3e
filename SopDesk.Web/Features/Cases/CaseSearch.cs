using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Access;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Cases;

public sealed record CaseFilter(string? DefinitionId = null, CaseStatus? Status = null, DateOnly? From = null, DateOnly? To = null, string? Text = null, int Page = 0, int PageSize = 25)
{
    /// <summary>Only berkas closed at an end of this kind (e.g. ditolak apart from dikembalikan).</summary>
    public EndKind? End { get; init; }
}

public sealed record CaseRow(Guid Id, string Number, string DefinitionId, string ApplicantName, string? Nik, CaseStatus Status, string? EndId,
    string? CurrentStepId, DateTimeOffset StartedAt, DateTimeOffset? CurrentDueAt);

/// <summary>
/// "Semua berkas": the searchable, paged list, newest first. Need to know (<see cref="PersonalDataPolicy"/>): a name
/// matches only in SOPs whose personal data the officer may see, a full NIK only in SOPs whose lanes they work in (or
/// any, for a supervisor) and each such search is journaled; names are masked where the officer may not see them.
/// </summary>
public sealed class CaseSearch(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, OfficeTime time, Office.OfficeProfileService office)
{
    public async Task<Page<CaseRow>> SearchAsync(CaseFilter filter, Actor actor, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Cases.AsNoTracking();
        if (!string.IsNullOrEmpty(filter.DefinitionId)) query = query.Where(c => c.DefinitionId == filter.DefinitionId);
        if (filter.Status is { } status) query = query.Where(c => c.Status == status);
        if (filter.End is { } kind)
        {
            // The end's kind is in the SOP file, not the row: match the (SOP, end) pairs of that kind.
            var ends = catalog.Current.SelectMany(d => d.Ends.Where(e => e.Kind == kind).Select(e => d.Id + "/" + e.Id)).ToList();
            query = query.Where(c => c.Status == CaseStatus.Closed && ends.Contains(c.DefinitionId + "/" + c.EndId));
        }
        if (filter.From is { } from) query = query.Where(c => c.StartedAt >= time.StartOfDay(from));
        if (filter.To is { } to) query = query.Where(c => c.StartedAt < time.StartOfDay(to.AddDays(1)));
        var text = filter.Text?.Trim();
        var byNik = PersonalDataPolicy.IsFullNik(text);
        if (byNik)
        {
            var findable = SopsWhere(d => PersonalDataPolicy.MayFindByNik(d, actor, office.Current));
            query = query.Where(c => c.Nik == text && findable.Contains(c.DefinitionId));
        }
        else if (!string.IsNullOrEmpty(text))
        {
            var pattern = $"%{text}%";
            var seeable = SopsWhere(d => PersonalDataPolicy.MaySee(d, actor));
            query = query.Where(c => EF.Functions.Like(c.Number, pattern) || (seeable.Contains(c.DefinitionId) && EF.Functions.Like(c.ApplicantName, pattern)));
        }
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(c => c.StartedAt).ThenByDescending(c => c.Number)
            .Skip(filter.Page * filter.PageSize).Take(filter.PageSize)
            .Select(c => new CaseRow(c.Id, c.Number, c.DefinitionId, c.ApplicantName, c.Nik, c.Status, c.EndId, c.CurrentStepId, c.StartedAt, c.CurrentDueAt))
            .ToListAsync(ct);
        if (byNik)
        {
            db.Journal.Add(JournalRecord.For(actor, time.Now, JournalActions.PersonalDataSearched,
                $"Mencari NIK {PersonalDataPolicy.MaskNik(text)} di daftar berkas: {total} berkas ditemukan"));
            await db.SaveChangesAsync(ct);
        }
        return new Page<CaseRow>([.. items.Select(r => r with { ApplicantName = Title(r, actor) })], total);
    }

    private List<string> SopsWhere(Func<Workflows.Definitions.SopDefinition, bool> rule) => [.. catalog.Current.Where(rule).Select(d => d.Id)];

    private string Title(CaseRow row, Actor actor) =>
        catalog.Display(row.DefinitionId) is { } definition
            ? PersonalDataPolicy.Title(definition, row.ApplicantName, PersonalDataPolicy.MaySee(definition, actor))
            : PersonalDataPolicy.Mask(row.ApplicantName);
}
