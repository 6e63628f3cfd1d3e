using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.LaborMarket.Matching;

/// <summary>The vacancy a candidate list is for, and its ranked AK1 holders.</summary>
public sealed record CandidatesView(long VacancyId, string Position, string CompanyName, string Location, int EducationMin, int ExperienceYears,
    string? RegisterNumber, VacancyStatus Status, DateOnly ClosesOn, IReadOnlyList<CandidateMatch> Candidates);

/// <summary>The list, or why not: <see cref="Refusal"/> (session ended), or not found (no such vacancy, or not an officer now).</summary>
public sealed record CandidatesLoad(CandidatesView? View, string? Refusal = null)
{
    public bool NotFound => View is null && Refusal is null;
}

/// <summary>
/// The candidates of a vacancy for the Pengantar Kerja and the Kasi (need to know: they call the holders), checked against the
/// roles in the database at each call. Anyone else gets "not found", as for a vacancy that does not exist. Each page view
/// writes one CandidatesViewed journal line (<see cref="RecordViewAsync"/>), without a berkas (a view must not wake the
/// lowongan berkas's status mails).
/// </summary>
public sealed class CandidateList(IDbContextFactory<SopDeskDbContext> contexts, CurrentStaff staff, ProjectionCatchUp catchUp, OfficeTime time)
{
    public const int Shown = 20;

    public async Task<CandidatesLoad> LoadAsync(ClaimsPrincipal user, long vacancyId, CancellationToken ct = default)
    {
        var check = await staff.CheckAsync(user, ct: ct);
        if (check.Actor is not { } actor) return new(null, check.Refusal);
        if (!IsOfficer(actor)) return new(null);
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var vacancy = await db.Vacancies.AsNoTracking().FirstOrDefaultAsync(v => v.Id == vacancyId, ct);
        if (vacancy is null) return new(null);
        var candidates = await JobMatcher.CandidatesAsync(db, vacancyId, Today, Shown, ct);
        return new(new CandidatesView(vacancy.Id, vacancy.Position, vacancy.CompanyName, vacancy.Location, vacancy.EducationMin, vacancy.ExperienceYears,
            vacancy.RegisterNumber, vacancy.Status, vacancy.ClosesOn, candidates));
    }

    /// <summary>Journals that this officer saw the candidates of the vacancy (the page calls it once per view). False when refused now.</summary>
    public async Task<bool> RecordViewAsync(ClaimsPrincipal user, CandidatesView view, CancellationToken ct = default)
    {
        var check = await staff.CheckAsync(user, ct: ct);
        if (check.Actor is not { } actor || !IsOfficer(actor)) return false;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var number = view.RegisterNumber is { Length: > 0 } register ? $" {register}" : "";
        db.Journal.Add(JournalRecord.For(actor, time.Now, JournalActions.CandidatesViewed,
            $"Melihat {view.Candidates.Count} kandidat lowongan #{view.VacancyId}{number} ({view.Position}, {view.CompanyName})"));
        await db.SaveChangesAsync(ct);
        return true;
    }

    public DateOnly Today => DateOnly.FromDateTime(time.Now.DateTime);

    private static bool IsOfficer(Actor actor) => actor.Roles.Contains(LaborMarketRoles.PengantarKerja) || actor.Roles.Contains(LaborMarketRoles.Kasi);
}
