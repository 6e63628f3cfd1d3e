using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using System.Security.Claims;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.LaborMarket.Placements;

/// <summary>
/// The applicants of one vacancy: for the employer who owns it (any other account gets null, which the page answers with
/// 404) and for officers (need to know). Each page view writes one journal line; the employer's decisions are journaled too.
/// </summary>
public sealed class VacancyApplicants(IDbContextFactory<SopDeskDbContext> contexts, ProjectionCatchUp catchUp, OfficeTime time, CurrentStaff staff)
{
    /// <summary>
    /// The sheet for an officer whose job-market role is checked against the database now; null when they hold none (or
    /// the session ended) or there is no such vacancy. Journaled once (CandidatesViewed).
    /// </summary>
    public async Task<ApplicantSheet?> ForOfficerAsync(ClaimsPrincipal user, long vacancyId, CancellationToken ct = default) =>
        (await staff.CheckAsync(user, ct: ct)).Actor is { } actor && OfficerCheck.Holds(actor)
            ? await ForOfficerAsync(actor, vacancyId, ct) : null;

    /// <summary>The vacancy when <paramref name="account"/> is the pemberi kerja that owns it, else null.</summary>
    public static Task<VacancyRecord?> OwnedAsync(SopDeskDbContext db, PublicAccountRecord? account, long vacancyId, CancellationToken ct = default) =>
        account is not { Kind: PublicAccountKind.PemberiKerja } owner
            ? Task.FromResult<VacancyRecord?>(null)
            : db.Vacancies.FirstOrDefaultAsync(v => v.Id == vacancyId && v.EmployerAccountId == owner.Id, ct);

    /// <summary>The sheet for the owning employer, journaled once (ApplicantsViewed); null = not theirs (or no such vacancy).</summary>
    public async Task<ApplicantSheet?> ForEmployerAsync(PublicAccountRecord? account, long vacancyId, bool journal, string? ipAddress = null,
        CancellationToken ct = default)
    {
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await OwnedAsync(db, account, vacancyId, ct) is not { } vacancy) return null;
        var sheet = await SheetAsync(db, vacancy, ct);
        if (journal)
        {
            db.Journal.Add(JournalRecord.For(Actor.Applicant(account!.Id, account.Name), time.Now, JournalActions.ApplicantsViewed,
                $"Pelamar lowongan {Describe(vacancy)} dilihat ({sheet.Rows.Count} pelamar)", ipAddress: ipAddress));
            await db.SaveChangesAsync(ct);
        }
        return sheet;
    }

    /// <summary>The sheet for an officer (the caller has checked the role now), journaled once as a view of candidates' data.</summary>
    private async Task<ApplicantSheet?> ForOfficerAsync(Actor officer, long vacancyId, CancellationToken ct = default)
    {
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Vacancies.FirstOrDefaultAsync(v => v.Id == vacancyId, ct) is not { } vacancy) return null;
        var sheet = await SheetAsync(db, vacancy, ct);
        db.Journal.Add(JournalRecord.For(officer, time.Now, JournalActions.CandidatesViewed,
            $"Pelamar lowongan {Describe(vacancy)} dilihat petugas ({sheet.Rows.Count} pelamar)"));
        await db.SaveChangesAsync(ct);
        return sheet;
    }

    /// <summary>
    /// The employer calls an applicant or does not continue. False when the application is not one of this employer's
    /// vacancy (the page answers 404); a message when the application can no longer change.
    /// </summary>
    public async Task<(bool Found, string? Message)> DecideAsync(PublicAccountRecord? account, long vacancyId, Guid applicationId,
        ApplicantDecision decision, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await OwnedAsync(db, account, vacancyId, ct) is not { } vacancy) return (false, null);
        var application = await db.JobApplications.FirstOrDefaultAsync(a => a.Id == applicationId && a.VacancyId == vacancyId, ct);
        if (application is null || application.Status == JobApplicationStatus.Withdrawn) return (false, null);
        if (!ApplicationStatusLabels.IsOpen(application.Status))
            return (true, $"Lamaran ini sudah berstatus \"{ApplicationStatusLabels.Label(application.Status)}\" dan tidak dapat diubah lagi.");
        var name = await db.JobSeekerProfiles.Where(p => p.Id == application.ProfileId).Select(p => p.Name).FirstOrDefaultAsync(ct) ?? "";
        var now = time.Now;
        application.Status = decision == ApplicantDecision.Shortlist ? JobApplicationStatus.Shortlisted : JobApplicationStatus.NotContinued;
        application.DecidedAt = now;
        db.Journal.Add(JournalRecord.For(Actor.Applicant(account!.Id, account.Name), now, JournalActions.ApplicationDecided,
            $"Lamaran {name} untuk lowongan {Describe(vacancy)}: {ApplicationStatusLabels.Label(application.Status)}"));
        await db.SaveChangesAsync(ct);
        return (true, null);
    }

    /// <summary>"#12 Operator Produksi — PT Sriwijaya Makmur (0007/LOKER/…)" for journal lines.</summary>
    public static string Describe(VacancyRecord vacancy) => Vacancies.VacancyFacts.Describe(vacancy);

    private async Task<ApplicantSheet> SheetAsync(SopDeskDbContext db, VacancyRecord vacancy, CancellationToken ct)
    {
        var rows = await (
            from a in db.JobApplications
            where a.VacancyId == vacancy.Id && a.Status != JobApplicationStatus.Withdrawn
            join p in db.JobSeekerProfiles on a.ProfileId equals p.Id
            select new
            {
                Application = a, p.Name, p.BirthDate, p.Education, p.Major, p.Skills, p.ExperienceYears, p.WishedPositions, p.Phone,
                ProfileStatus = p.Status,
                Email = db.PublicAccounts.Where(x => x.Id == (p.AccountId ?? a.AccountId)).Select(x => x.Email).FirstOrDefault(),
            }).ToListAsync(ct);
        var today = DateOnly.FromDateTime(time.Now.DateTime);
        var placed = await db.Placements.CountAsync(p => p.VacancyId == vacancy.Id, ct);
        return new ApplicantSheet(vacancy, [.. rows
            .OrderBy(r => r.Application.AppliedAt)
            .Select(r => new ApplicantRow(r.Application.Id, r.Application.ProfileId, r.Name, AgeOn(r.BirthDate, today),
                EducationLevels.Label(r.Education), r.Major, r.Skills, r.ExperienceYears, r.WishedPositions, r.Phone, r.Email,
                r.Application.AppliedAt, r.Application.Status, r.Application.Message,
                r.ProfileStatus == SeekerStatus.Placed && r.Application.Status != JobApplicationStatus.Hired))], placed);
    }

    public static int? AgeOn(DateOnly? birth, DateOnly today)
    {
        if (birth is not { } b) return null;
        var age = today.Year - b.Year;
        return b.AddYears(age) > today ? age - 1 : age;
    }
}
