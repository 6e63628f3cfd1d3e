using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Catalog;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Reports.Online;

/// <summary>
/// Registrations of public accounts in the month (by CreatedAt, per kind) and, of the verification berkas submitted in the month,
/// how many closed at a "completed" end within <see cref="OnlineTargets.WorkingDays"/> hari kerja of their start.
/// </summary>
public static class RegistrationFigures
{
    public static async Task<RegistrationMonth> CountAsync(SopDeskDbContext db, DefinitionCatalog catalog, ReportWindow window, CancellationToken ct)
    {
        var byKind = await db.PublicAccounts.AsNoTracking().Where(a => a.CreatedAt >= window.Start && a.CreatedAt < window.End)
            .GroupBy(a => a.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var kinds = Enum.GetValues<PublicAccountKind>().Select(k => (KindLabel(k), byKind.FirstOrDefault(b => b.Key == k)?.Count ?? 0)).ToList();

        var purpose = nameof(OnlinePurpose.AccountVerification);
        var started = await db.OnlineCases.AsNoTracking()
            .Where(o => o.Purpose == purpose && o.SubmittedAt >= window.Start && o.SubmittedAt < window.End)
            .Join(db.Cases, o => o.CaseId, c => c.Id, (o, c) => new { c.DefinitionId, c.DefinitionHash, c.StartedAt, c.ClosedAt, c.EndId })
            .ToListAsync(ct);
        var within = 0;
        foreach (var c in started.Where(c => c.ClosedAt is not null))
        {
            var version = await catalog.GetVersionAsync(c.DefinitionId, c.DefinitionHash, ct);
            if (version.Ends.Any(e => e.Id == c.EndId && e.Kind == EndKind.Completed) && window.WorkingDays(c.StartedAt, c.ClosedAt!.Value) <= OnlineTargets.WorkingDays)
                within++;
        }
        return new RegistrationMonth(kinds, started.Count, within);
    }

    public static string KindLabel(PublicAccountKind kind) => kind switch
    {
        PublicAccountKind.PencariKerja => "Pencari kerja",
        PublicAccountKind.PemberiKerja => "Pemberi kerja",
        _ => kind.ToString(),
    };
}
