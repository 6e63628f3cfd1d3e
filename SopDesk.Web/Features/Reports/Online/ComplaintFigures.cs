using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Dashboards;
using SopDesk.Web.Features.Catalog;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Reports.Online;

/// <summary>
/// Complaints: berkas of the SOPs whose online purpose is Complaint, whether sent online or recorded at the desk.
/// Received: started in the month. Answered: the first response (the earliest completed step after the complainant's own first
/// step) given in the month; its time is office working time from the complaint's start, in hari kerja. Resolved / not resolvable:
/// closed in the month at an end of kind completed / rejected.
/// </summary>
public static class ComplaintFigures
{
    public static async Task<ComplaintMonth> CountAsync(SopDeskDbContext db, DefinitionCatalog catalog, ReportWindow window, CancellationToken ct)
    {
        var sops = catalog.Current.Where(d => d.Online?.Purpose == OnlinePurpose.Complaint).ToDictionary(d => d.Id, d => d.Steps[0].Id);
        var ids = sops.Keys.ToList();
        var cases = db.Cases.AsNoTracking().Where(c => ids.Contains(c.DefinitionId));
        var received = await cases.CountAsync(c => c.StartedAt >= window.Start && c.StartedAt < window.End, ct);

        var firstResponses = (await cases.Where(c => c.StartedAt < window.End && c.WorkItems.Any(w => w.DoneAt >= window.Start))
                .Select(c => new
                {
                    c.DefinitionId, c.StartedAt,
                    Answers = c.WorkItems.Where(w => w.DoneAt != null).Select(w => new { w.StepId, DoneAt = w.DoneAt!.Value }).ToList(),
                })
                .ToListAsync(ct))
            .Select(c => (c.StartedAt, First: c.Answers.Where(a => a.StepId != sops[c.DefinitionId]).Select(a => (DateTimeOffset?)a.DoneAt).Min()))
            .Where(c => window.Contains(c.First))
            .Select(c => window.WorkingDays(c.StartedAt, c.First!.Value))
            .Order().ToList();

        var closed = await cases.Where(c => c.ClosedAt >= window.Start && c.ClosedAt < window.End)
            .Select(c => new { c.DefinitionId, c.DefinitionHash, c.EndId }).ToListAsync(ct);
        var (resolved, notResolvable) = (0, 0);
        foreach (var c in closed)
        {
            var kind = (await catalog.GetVersionAsync(c.DefinitionId, c.DefinitionHash, ct)).Ends.FirstOrDefault(e => e.Id == c.EndId)?.Kind;
            if (kind == EndKind.Completed) resolved++;
            else if (kind == EndKind.Rejected) notResolvable++;
        }
        return new ComplaintMonth(received, firstResponses.Count, firstResponses.Count == 0 ? null : firstResponses.Average(),
            NearestRank.Percentile(firstResponses, 90), firstResponses.Count(d => d <= OnlineTargets.WorkingDays), resolved, notResolvable)
        { HoursPerDay = window.HoursPerDay };
    }
}
