using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Web.Features.LaborMarket;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Layanan.Jobs.Listing;

public sealed record ApplyResult(bool Ok, string? Message);

/// <summary>
/// The public side's vacancy reads and the seeker's acts on them: the open vacancy (published, closing date not passed),
/// who may apply, applying with the AK1 profile (one application per vacancy and profile: the unique index decides a double
/// click) and withdrawing one's own application. Each act is checked here, on the server, against the account as it is now.
/// </summary>
public sealed class JobApplying(IDbContextFactory<SopDeskDbContext> contexts, ProjectionCatchUp catchUp, OfficeTime time)
{
    public const string Ak1ServicePath = "/layanan/ajukan/ak1";
    public const int MaxMessage = 500;
    private const string Ak1DefinitionId = "ak1";

    public DateTimeOffset Now => time.Now;

    public DateOnly Today => DateOnly.FromDateTime(time.Now.DateTime);

    /// <summary>The vacancy when the public may see it now (statuses brought up to the journal first), else null.</summary>
    public async Task<VacancyRecord?> OpenVacancyAsync(long id, CancellationToken ct = default)
    {
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await FindOpenAsync(db, id, ct);
    }

    public async Task<ApplyEligibility> EligibilityAsync(PublicAccountRecord? account, long vacancyId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await EligibilityAsync(db, account, vacancyId, ct);
    }

    public async Task<ApplyResult> ApplyAsync(PublicAccountRecord? account, long vacancyId, string? message, CancellationToken ct = default)
    {
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await FindOpenAsync(db, vacancyId, ct) is not { } vacancy) return new ApplyResult(false, "Lowongan ini sudah ditutup.");
        var eligibility = await EligibilityAsync(db, account, vacancyId, ct);
        if (eligibility.Standing != ApplyStanding.CanApply)
            return new ApplyResult(eligibility.Standing == ApplyStanding.AlreadyApplied, eligibility.Refusal(vacancy.Position, vacancy.CompanyName));
        var text = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        if (text is { Length: > MaxMessage }) return new ApplyResult(false, $"Pesan paling panjang {MaxMessage} huruf.");

        var now = time.Now;
        var profile = eligibility.Profile!;
        var application = eligibility.Existing; // a withdrawn one is sent again (the pair vacancy–profile is unique)
        if (application is null)
        {
            application = new JobApplicationRecord { Id = Guid.NewGuid(), VacancyId = vacancy.Id, ProfileId = profile.Id, AccountId = account!.Id };
            db.JobApplications.Add(application);
        }
        else
        {
            db.JobApplications.Attach(application);
        }
        application.AppliedAt = now;
        application.Status = JobApplicationStatus.Sent;
        application.Message = text;
        application.DecidedAt = null;
        db.Journal.Add(JournalRecord.For(Actor.Applicant(account!.Id, account.Name), now, JournalActions.JobApplied,
            $"Melamar lowongan #{vacancy.Id} {vacancy.Position} — {vacancy.CompanyName} (AK1 {profile.Ak1Number})"));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The other click of a double submit won: one application exists, which is what the seeker wanted.
            return new ApplyResult(true, $"Anda sudah melamar pada {vacancy.Position} — {vacancy.CompanyName}.");
        }
        return new ApplyResult(true, null);
    }

    /// <summary>The account's applications, newest first, with their vacancy's position and company.</summary>
    public async Task<IReadOnlyList<(JobApplicationRecord Application, string Position, string Company, bool Open)>> MineAsync(Guid accountId,
        CancellationToken ct = default)
    {
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await (from a in db.JobApplications.AsNoTracking()
                          where a.AccountId == accountId
                          join v in db.Vacancies on a.VacancyId equals v.Id
                          orderby a.AppliedAt descending
                          select new { a, v.Position, v.CompanyName, v.Status, v.ClosesOn }).ToListAsync(ct);
        return [.. rows.Select(r => (r.a, r.Position, r.CompanyName, r.Status == VacancyStatus.Published && r.ClosesOn >= Today))];
    }

    /// <summary>Withdraws the account's own application while the employer has not decided; someone else's id reads as not found.</summary>
    public async Task<ApplyResult> WithdrawAsync(PublicAccountRecord account, Guid applicationId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var application = await db.JobApplications.FirstOrDefaultAsync(a => a.Id == applicationId && a.AccountId == account.Id, ct);
        if (application is null) return new ApplyResult(false, "Lamaran tidak ditemukan.");
        if (application.Status == JobApplicationStatus.Withdrawn) return new ApplyResult(true, null);
        if (application.Status is not (JobApplicationStatus.Sent or JobApplicationStatus.Shortlisted))
            return new ApplyResult(false, "Lamaran yang sudah diputuskan pemberi kerja tidak dapat ditarik.");
        var vacancy = await db.Vacancies.AsNoTracking().Where(v => v.Id == application.VacancyId).Select(v => new { v.Position, v.CompanyName }).FirstAsync(ct);
        var now = time.Now;
        application.Status = JobApplicationStatus.Withdrawn;
        application.DecidedAt = now;
        db.Journal.Add(JournalRecord.For(Actor.Applicant(account.Id, account.Name), now, JournalActions.ApplicationWithdrawn,
            $"Menarik lamaran pada lowongan #{application.VacancyId} {vacancy.Position} — {vacancy.CompanyName}"));
        await db.SaveChangesAsync(ct);
        return new ApplyResult(true, null);
    }

    private Task<VacancyRecord?> FindOpenAsync(SopDeskDbContext db, long id, CancellationToken ct)
    {
        var today = Today;
        return db.Vacancies.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id && v.Status == VacancyStatus.Published && v.ClosesOn >= today, ct);
    }

    private async Task<ApplyEligibility> EligibilityAsync(SopDeskDbContext db, PublicAccountRecord? account, long vacancyId, CancellationToken ct)
    {
        if (account is null) return new ApplyEligibility(ApplyStanding.SignedOut, null, null, null);
        if (account.Kind == PublicAccountKind.PemberiKerja) return new ApplyEligibility(ApplyStanding.Employer, account, null, null);
        var profile = await SeekerProfiles.FindActiveAsync(db, account.Id, time.Now, ct);
        if (profile is null) return new ApplyEligibility(await WhyNoProfileAsync(db, account.Id, ct), account, null, null);
        var existing = await db.JobApplications.AsNoTracking().FirstOrDefaultAsync(a => a.VacancyId == vacancyId && a.ProfileId == profile.Id, ct);
        var standing = existing is { Status: not JobApplicationStatus.Withdrawn } ? ApplyStanding.AlreadyApplied : ApplyStanding.CanApply;
        return new ApplyEligibility(standing, account, profile, existing);
    }

    /// <summary>Placed, an AK1 past its validity, an AK1 berkas still open, or none at all.</summary>
    private async Task<ApplyStanding> WhyNoProfileAsync(SopDeskDbContext db, Guid accountId, CancellationToken ct)
    {
        var statuses = await db.JobSeekerProfiles.AsNoTracking().Where(p => p.AccountId == accountId).Select(p => p.Status).ToListAsync(ct);
        if (statuses.Contains(SeekerStatus.Placed)) return ApplyStanding.Placed;
        var inProcess = await (from o in db.OnlineCases
                               where o.AccountId == accountId && o.DefinitionId == Ak1DefinitionId
                               join c in db.Cases on o.CaseId equals c.Id
                               where c.Status != CaseStatus.Closed
                               select c.Id).AnyAsync(ct);
        if (inProcess) return ApplyStanding.Ak1InProcess;
        return statuses.Contains(SeekerStatus.Active) ? ApplyStanding.Ak1Expired : ApplyStanding.NoAk1;
    }
}
