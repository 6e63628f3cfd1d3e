using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;

namespace SopDesk.Web.Features.LaborMarket.Placements;

/// <summary>An application the employer may report as hired (its vacancy's id stays in the form value, never on screen).</summary>
public sealed record HireableApplicant(Guid ApplicationId, long VacancyId, string Name, string Position, string? RegisterNumber = null)
{
    /// <summary>"Siti Rahma — Kasir (No. 0012/LOKER/…)": the wajib-lapor number the employer knows, never the row id.</summary>
    public string Label => $"{Name} — {Position}{PlaceableVacancy.Number(RegisterNumber)}";
}

/// <summary>A vacancy of the employer a placement may be reported for (published or closed).</summary>
public sealed record PlaceableVacancy(long Id, string Position, string CompanyName, VacancyStatus Status, string? RegisterNumber = null)
{
    public static string Number(string? registerNumber) => string.IsNullOrEmpty(registerNumber) ? "" : $" (No. {registerNumber})";

    /// <summary>"Kasir (No. 0012/LOKER/…)", "(ditutup)" after a closed one; never the row id.</summary>
    public string Label => $"{Position}{Number(RegisterNumber)}{(Status == VacancyStatus.Closed ? " (ditutup)" : "")}";
}

/// <summary>The reads behind the placement pages: the employer's choices and past reports, the office's monthly list.</summary>
public sealed class PlacementLists(IDbContextFactory<SopDeskDbContext> contexts, ProjectionCatchUp catchUp)
{
    public async Task<(IReadOnlyList<HireableApplicant> Applicants, IReadOnlyList<PlaceableVacancy> Vacancies)> ChoicesAsync(Guid employerId,
        CancellationToken ct = default)
    {
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var vacancies = await db.Vacancies.AsNoTracking()
            .Where(v => v.EmployerAccountId == employerId && (v.Status == VacancyStatus.Published || v.Status == VacancyStatus.Closed))
            .OrderByDescending(v => v.Id).Select(v => new PlaceableVacancy(v.Id, v.Position, v.CompanyName, v.Status, v.RegisterNumber)).ToListAsync(ct);
        var ids = vacancies.Select(v => v.Id).ToList();
        var applicants = await (
            from a in db.JobApplications
            where ids.Contains(a.VacancyId) && (a.Status == JobApplicationStatus.Sent || a.Status == JobApplicationStatus.Shortlisted)
            join p in db.JobSeekerProfiles on a.ProfileId equals p.Id
            where p.Status == SeekerStatus.Active
            join v in db.Vacancies on a.VacancyId equals v.Id
            orderby p.Name
            select new HireableApplicant(a.Id, v.Id, p.Name, v.Position, v.RegisterNumber)).ToListAsync(ct);
        return (applicants, vacancies);
    }

    /// <summary>The employer's published vacancies whose openings the placements have all filled: the page offers to close them.</summary>
    public async Task<IReadOnlyList<VacancyRecord>> FilledAsync(Guid employerId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Vacancies.AsNoTracking()
            .Where(v => v.EmployerAccountId == employerId && v.Status == VacancyStatus.Published
                && db.Placements.Count(p => p.VacancyId == v.Id) >= (v.Openings < 1 ? 1 : v.Openings))
            .OrderBy(v => v.Id).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<PlacementRecord>> OfEmployerAsync(Guid employerId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Placements.AsNoTracking().Where(p => p.EmployerAccountId == employerId).ToListAsync(ct);
        return [.. rows.OrderByDescending(p => p.StartedOn).ThenByDescending(p => p.ReportedAt)];
    }

    /// <summary>The placements whose work started in <paramref name="month"/> (the month the figures count them in), optionally of one source.</summary>
    public async Task<IReadOnlyList<PlacementRecord>> OfMonthAsync(DateOnly month, PlacementSource? source, CancellationToken ct = default)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var next = first.AddMonths(1);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Placements.AsNoTracking().Where(p => p.StartedOn >= first && p.StartedOn < next);
        if (source is { } s) query = query.Where(p => p.Source == s);
        var rows = await query.ToListAsync(ct);
        return [.. rows.OrderByDescending(p => p.StartedOn).ThenBy(p => p.Name)];
    }

    /// <summary>Vacancies an officer may record a placement for: published or closed, newest first.</summary>
    public async Task<IReadOnlyList<PlaceableVacancy>> OfficeVacanciesAsync(CancellationToken ct = default)
    {
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Published || v.Status == VacancyStatus.Closed)
            .OrderByDescending(v => v.Id).Take(500).Select(v => new PlaceableVacancy(v.Id, v.Position, v.CompanyName, v.Status, v.RegisterNumber)).ToListAsync(ct);
    }
}
