using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.LaborMarket.Placements;

/// <summary>
/// Records a penempatan — reported by the employer through its own menu (Perwali 29/2015 Pasal 8) or by an officer — and
/// closes the AK1 holder's search (decision 025): in one transaction the placement row, the application Hired, the profile
/// Placed, and the journal line. The profile is switched with a guarded UPDATE (only while Active), so a double submit or
/// two reporters at once give one placement; the unique index (ProfileId, VacancyId) is the backstop.
/// </summary>
public sealed class PlacementRecorder(IDbContextFactory<SopDeskDbContext> contexts, ProjectionCatchUp catchUp, CurrentStaff staff, OfficeTime time)
{
    /// <summary>How far ahead a start date may be reported.</summary>
    public const int MaxDaysAhead = 30;
    public const string AlreadyReported = "Penempatan ini sudah dilaporkan.";
    public const string Ak1NotFound = "Nomor AK1 ini tidak terdaftar di Dinas. Periksa lagi nomor pada kartu AK1 (kartu kuning).";
    public const string NameMismatch = "Nama tidak cocok dengan pemegang kartu AK1 nomor ini. Tulis nama seperti pada kartu AK1.";

    /// <summary>The employer's report. NotFound when the application or vacancy is not one of this employer's.</summary>
    public async Task<PlacementOutcome> ReportAsync(PublicAccountRecord? account, PlacementForm form, CancellationToken ct = default)
    {
        if (account is not { Kind: PublicAccountKind.PemberiKerja }) return new PlacementOutcome { NotFound = true };
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var errors = new Dictionary<string, string>();
        VacancyRecord? vacancy;
        JobSeekerProfileRecord? profile = null;
        JobApplicationRecord? application = null;
        if (!string.IsNullOrWhiteSpace(form.ApplicationId))
        {
            if (!Guid.TryParse(form.ApplicationId, out var applicationId)) return new PlacementOutcome { NotFound = true };
            application = await db.JobApplications.FirstOrDefaultAsync(a => a.Id == applicationId, ct);
            vacancy = application is null ? null : await VacancyApplicants.OwnedAsync(db, account, application.VacancyId, ct);
            if (vacancy is null || application!.Status == JobApplicationStatus.Withdrawn) return new PlacementOutcome { NotFound = true };
            profile = await db.JobSeekerProfiles.FirstAsync(p => p.Id == application.ProfileId, ct);
        }
        else
        {
            vacancy = long.TryParse(form.VacancyId, out var vacancyId) ? await VacancyApplicants.OwnedAsync(db, account, vacancyId, ct) : null;
            if (vacancy is null)
            {
                if (!string.IsNullOrWhiteSpace(form.VacancyId)) return new PlacementOutcome { NotFound = true };
                errors[PlacementForm.VacancyField] = "Pilih lowongan tempat orang ini diterima.";
            }
            profile = await FindByAk1Async(db, form, errors, allowNik: false, ct);
            if (vacancy is not null && profile is not null)
                application = await db.JobApplications.FirstOrDefaultAsync(a => a.VacancyId == vacancy.Id && a.ProfileId == profile.Id, ct);
        }
        var actor = Actor.Applicant(account.Id, account.Name);
        return await SaveAsync(db, vacancy, profile, application, form, errors, actor, actor.UserId, account.CompanyName ?? account.Name,
            PlacementSource.Employer, ct);
    }

    /// <summary>An officer's record (role checked against the database now): by AK1 number or NIK, with a vacancy or a company typed in.</summary>
    public async Task<PlacementOutcome> RecordAsync(ClaimsPrincipal user, PlacementForm form, CancellationToken ct = default)
    {
        if (await OfficerAsync(user, ct) is not { } officer) return PlacementOutcome.Refused(NotOfficer);
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var errors = new Dictionary<string, string>();
        VacancyRecord? vacancy = null;
        if (!string.IsNullOrWhiteSpace(form.VacancyId))
        {
            vacancy = long.TryParse(form.VacancyId, out var vacancyId) ? await db.Vacancies.FirstOrDefaultAsync(v => v.Id == vacancyId, ct) : null;
            if (vacancy is null) errors[PlacementForm.VacancyField] = "Lowongan ini tidak ditemukan.";
        }
        else
        {
            if (string.IsNullOrWhiteSpace(form.CompanyName)) errors[PlacementForm.CompanyField] = "Isi nama perusahaan, atau pilih lowongan.";
            if (!Sectors.IsKnown(form.Sector)) errors[PlacementForm.SectorField] = "Pilih sektor usaha (KBLI).";
            if (!Regions.IsKnown(form.Location)) errors[PlacementForm.LocationField] = "Pilih lokasi kerja.";
        }
        var profile = await FindByAk1Async(db, form, errors, allowNik: true, ct);
        var application = vacancy is null || profile is null ? null
            : await db.JobApplications.FirstOrDefaultAsync(a => a.VacancyId == vacancy.Id && a.ProfileId == profile.Id, ct);
        return await SaveAsync(db, vacancy, profile, application, form, errors, officer, officer.UserId, officer.Name, PlacementSource.Office, ct);
    }

    public const string NotOfficer = "Hanya pengantar kerja atau kasi yang dapat mencatat penempatan.";

    /// <summary>The acting officer when they hold a job-market role now (read from the database), else null.</summary>
    public async Task<Actor?> OfficerAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        (await staff.CheckAsync(user, ct: ct)).Actor is { } actor && OfficerCheck.Holds(actor)
            ? actor : null;

    private static async Task<JobSeekerProfileRecord?> FindByAk1Async(SopDeskDbContext db, PlacementForm form, Dictionary<string, string> errors,
        bool allowNik, CancellationToken ct)
    {
        var number = form.Ak1Number?.Trim() ?? "";
        if (number.Length == 0)
        {
            errors[PlacementForm.Ak1Field] = allowNik ? "Isi nomor AK1 atau NIK." : "Isi nomor AK1 (nomor pendaftaran pencari kerja).";
            return null;
        }
        var byNik = allowNik && number.Length == 16 && number.All(char.IsAsciiDigit);
        var profile = await db.JobSeekerProfiles
            .Where(p => byNik ? p.Nik == number : EF.Functions.Collate(p.Ak1Number, "NOCASE") == number)
            .OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct);
        if (profile is null)
        {
            errors[PlacementForm.Ak1Field] = byNik ? "Tidak ada kartu AK1 dengan NIK ini." : Ak1NotFound;
            return null;
        }
        if (!allowNik || !string.IsNullOrWhiteSpace(form.Name))
        {
            if (string.IsNullOrWhiteSpace(form.Name)) errors[PlacementForm.NameField] = "Isi nama seperti pada kartu AK1.";
            else if (!LooseNames.Match(form.Name, profile.Name)) errors[PlacementForm.NameField] = NameMismatch;
        }
        return profile;
    }

    private async Task<PlacementOutcome> SaveAsync(SopDeskDbContext db, VacancyRecord? vacancy, JobSeekerProfileRecord? profile,
        JobApplicationRecord? application, PlacementForm form, Dictionary<string, string> errors, Actor actor, string reportedBy, string reportedByName,
        PlacementSource source, CancellationToken ct)
    {
        var now = time.Now;
        var today = DateOnly.FromDateTime(now.DateTime);
        if (vacancy is not null && vacancy.Status is not (VacancyStatus.Published or VacancyStatus.Closed))
            errors[PlacementForm.VacancyField] = "Lowongan ini belum tayang; penempatan dilaporkan untuk lowongan yang sudah tayang.";
        if (!DateOnly.TryParseExact(form.StartedOn?.Trim(), "yyyy-MM-dd", out var started))
            errors[PlacementForm.StartField] = "Isi tanggal mulai bekerja.";
        else if (started > today.AddDays(MaxDaysAhead))
            errors[PlacementForm.StartField] = $"Tanggal mulai bekerja paling lambat {MaxDaysAhead} hari dari hari ini ({today.AddDays(MaxDaysAhead).ToString("d MMMM yyyy", OfficeTime.Indonesian)}).";
        else if (vacancy is not null && DateOnly.FromDateTime(time.Calendar.ToLocal(vacancy.PublishedAt ?? vacancy.CreatedAt).DateTime) is var published && started < published)
            errors[PlacementForm.StartField] = $"Tanggal mulai bekerja tidak boleh sebelum lowongan tayang ({published.ToString("d MMMM yyyy", OfficeTime.Indonesian)}).";
        var position = string.IsNullOrWhiteSpace(form.Position) ? vacancy?.Position ?? "" : form.Position.Trim();
        if (position.Length == 0) errors[PlacementForm.PositionField] = "Isi jabatan.";
        else if (position.Length > 200) errors[PlacementForm.PositionField] = "Jabatan paling panjang 200 huruf.";
        if (profile is not null && !errors.ContainsKey(PlacementForm.Ak1Field) && profile.Status != SeekerStatus.Active)
        {
            if (vacancy is not null && await db.Placements.AnyAsync(p => p.ProfileId == profile.Id && p.VacancyId == vacancy.Id, ct))
                return PlacementOutcome.Refused(AlreadyReported);
            var closed = profile.Status == SeekerStatus.Placed
                ? "Pemegang AK1 ini sudah tercatat bekerja (ditempatkan). Bila itu keliru, hubungi pengantar kerja Dinas."
                : "Kartu AK1 ini tidak aktif lagi.";
            // Chosen from the applicant list, there is no AK1 field to put the message next to.
            if (application is not null && string.IsNullOrWhiteSpace(form.Ak1Number)) return PlacementOutcome.Refused(closed);
            errors[PlacementForm.Ak1Field] = closed;
        }
        if (errors.Count > 0 || profile is null) return PlacementOutcome.Invalid(errors);

        var placement = new PlacementRecord
        {
            Id = Guid.CreateVersion7(now), VacancyId = vacancy?.Id, ProfileId = profile.Id, ApplicationId = application?.Id,
            EmployerAccountId = vacancy?.EmployerAccountId, Nik = profile.Nik, Name = profile.Name, Position = position,
            CompanyName = vacancy?.CompanyName ?? form.CompanyName!.Trim(), Sector = vacancy?.Sector ?? form.Sector!,
            Education = profile.Education, Location = vacancy?.Location ?? form.Location!, StartedOn = started, ReportedAt = now,
            ReportedBy = reportedBy, ReportedByName = reportedByName, Source = source,
        };
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var switched = await db.JobSeekerProfiles.Where(p => p.Id == profile.Id && p.Status == SeekerStatus.Active)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, SeekerStatus.Placed).SetProperty(p => p.PlacedAt, now).SetProperty(p => p.UpdatedAt, now), ct);
            if (switched == 0) return PlacementOutcome.Refused(AlreadyReported);
            db.Placements.Add(placement);
            if (application is not null)
            {
                application.Status = JobApplicationStatus.Hired;
                application.DecidedAt = now;
            }
            db.Journal.Add(JournalRecord.For(actor, now, JournalActions.PlacementReported,
                $"Penempatan {profile.Name} (AK1 {profile.Ak1Number}) sebagai {position} di {placement.CompanyName}, mulai {started.ToString("d MMMM yyyy", OfficeTime.Indonesian)}"
                + (vacancy is null ? " (di luar lowongan terdaftar)" : $", lowongan {VacancyApplicants.Describe(vacancy)}")));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
            {
                return PlacementOutcome.Refused(AlreadyReported);
            }
            await transaction.CommitAsync(ct);
        }
        var offerClose = false;
        if (vacancy is { Status: VacancyStatus.Published })
            offerClose = await db.Placements.CountAsync(p => p.VacancyId == vacancy.Id, ct) >= Math.Max(1, vacancy.Openings);
        return new PlacementOutcome { PlacementId = placement.Id, VacancyId = vacancy?.Id, OfferClose = offerClose };
    }
}
