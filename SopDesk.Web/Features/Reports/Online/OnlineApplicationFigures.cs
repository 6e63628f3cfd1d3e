using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Catalog;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Reports.Online;

/// <summary>
/// Online applications (purpose Application) submitted in the month per SOP, and the online applications sent back to the applicant
/// ("tidak lengkap", journaled ReturnedToApplicant) in the month, once per berkas.
/// </summary>
public static class OnlineApplicationFigures
{
    private static readonly string Returned = nameof(JournalAction.ReturnedToApplicant);

    public static async Task<ApplicationMonth> CountAsync(SopDeskDbContext db, DefinitionCatalog catalog, ReportWindow window, CancellationToken ct)
    {
        var purpose = nameof(OnlinePurpose.Application);
        var online = db.OnlineCases.AsNoTracking().Where(o => o.Purpose == purpose);
        var bySop = await online.Where(o => o.SubmittedAt >= window.Start && o.SubmittedAt < window.End)
            .GroupBy(o => o.DefinitionId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var returned = await db.Journal.AsNoTracking()
            .Where(j => j.Action == Returned && j.At >= window.Start && j.At < window.End && online.Any(o => o.CaseId == j.CaseId))
            .Select(j => j.CaseId).Distinct().CountAsync(ct);
        var rows = bySop.Select(s => new SopCount(s.Key, catalog.Display(s.Key)?.Header.Nomor ?? s.Key, catalog.Display(s.Key)?.Header.Nama ?? s.Key, s.Count))
            .OrderBy(s => s.Nomor, StringComparer.Ordinal).ToList();
        return new ApplicationMonth(rows, returned);
    }
}
