using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.LaborMarket.Figures;

/// <summary>
/// The job market figures for the supervisors' page and the monthly report: loads the vacancies and placements up to the period's
/// end (after bringing the projections up to the journal) and hands them to <see cref="FigureCalculator"/>.
/// </summary>
public sealed class LaborMarketFigures(IDbContextFactory<SopDeskDbContext> contexts, ProjectionCatchUp catchUp, OfficeTime time)
{
    public Task<JobMarketFigures> ForMonthAsync(int year, int month, CancellationToken ct = default) => ComputeAsync(year, month, ct);

    public Task<JobMarketFigures> ForYearAsync(int year, CancellationToken ct = default) => ComputeAsync(year, null, ct);

    private async Task<JobMarketFigures> ComputeAsync(int year, int? month, CancellationToken ct)
    {
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await LoadAsync(db, time.Calendar.Zone, year, month, ct);
    }

    /// <summary>The figures from the rows as they are (the caller brings the projections up to date first, if it can).</summary>
    public static async Task<JobMarketFigures> LoadAsync(SopDeskDbContext db, TimeZoneInfo zone, int year, int? month, CancellationToken ct)
    {
        // The year's end: the charts show every month of the year, whichever month is asked.
        var (_, end) = FigureCalculator.Window(year, null, zone);
        var applicants = db.JobApplications.Where(a => a.Status != Data.Entities.JobApplicationStatus.Withdrawn);
        var vacancies = await db.Vacancies.AsNoTracking().Where(v => v.CreatedAt < end || v.PublishedAt < end)
            .Select(v => new VacancyRow(v.Id, v.Source, v.Openings, v.EducationMin, v.Sector, v.CreatedAt, v.PublishedAt,
                applicants.Count(a => a.VacancyId == v.Id)))
            .ToListAsync(ct);
        var placements = await db.Placements.AsNoTracking().Where(p => p.ReportedAt < end)
            .Select(p => new PlacementRow(p.VacancyId, p.Education, p.Sector, p.ReportedAt))
            .ToListAsync(ct);
        return FigureCalculator.Compute(vacancies, placements, zone, year, month);
    }
}
