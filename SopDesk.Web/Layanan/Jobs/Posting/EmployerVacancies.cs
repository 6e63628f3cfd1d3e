using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.LaborMarket;
using SopDesk.Web.Features.LaborMarket.Vacancies;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Layanan.Applications;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Layanan.Jobs.Posting;

/// <summary>The answer to an employer's vacancy form: the vacancy's id, or the form again with its problems.</summary>
public sealed record PostResult(long? VacancyId, IReadOnlyDictionary<string, string> Errors, string? Message)
{
    public bool Ok => VacancyId is not null;
    public static PostResult Refused(string message) => new(null, new Dictionary<string, string>(), message);
}

/// <summary>An employer's vacancy with where its berkas stands: the due date of the open step and the officer's note when returned.</summary>
public sealed record EmployerVacancyView(VacancyRecord Vacancy, DateTimeOffset? DueAt, string? ReturnNote, string? RejectNote, int Applicants);

/// <summary>
/// The employer's own vacancies on /layanan: reporting one (a verified pemberi kerja only; the vacancy and its lowongan berkas in
/// one transaction; the form's one-time id is the berkas id, so a second post of the same form makes no second vacancy), fixing
/// and resubmitting after "perbaiki", closing early, and reading only its own (another's id is "not found").
/// </summary>
public sealed class EmployerVacancies(IDbContextFactory<SopDeskDbContext> contexts, CaseService cases, DefinitionCatalog catalog,
    FormTokens tokens, OfficeTime time, ProjectionCatchUp catchUp, ILogger<EmployerVacancies> log)
{
    public const string NotEmployer = "Pasang lowongan hanya untuk akun pemberi kerja. Akun Anda adalah akun pencari kerja.";
    public const string NotVerified = "Akun pemberi kerja Anda belum terverifikasi. Petugas memeriksa data perusahaan paling lama 2 hari kerja; sesudah itu Anda dapat memasang lowongan.";
    public const string Unconfirmed = "Konfirmasi alamat email Anda dulu: buka tautan yang kami kirim ke email Anda.";
    public const string Stale = "Formulir ini tidak dapat diperiksa (mungkin sudah terlalu lama terbuka). Periksa isian, lalu kirim lagi.";

    public DateOnly Today => DateOnly.FromDateTime(time.Now.DateTime);

    /// <summary>Why this account may not report a vacancy, or null.</summary>
    public static string? Refusal(PublicAccountRecord account) =>
        account.Kind != PublicAccountKind.PemberiKerja ? NotEmployer
        : account.Verification != AccountVerification.Verified ? NotVerified
        : account.EmailConfirmedAt is null ? Unconfirmed
        : null;

    public string NewSubmission(PublicAccountRecord account) => tokens.NewSubmission(account.Id, time.Now);

    public static VacancyInput Prefill(PublicAccountRecord account) => new()
    {
        CompanyName = account.CompanyName, ContactName = account.Name, ContactPhone = account.Phone, ContactEmail = account.Email,
    };

    public async Task<PostResult> PostAsync(PublicAccountRecord account, VacancyInput input, CancellationToken ct = default)
    {
        if (Refusal(account) is { } refusal) return PostResult.Refused(refusal);
        var submission = tokens.ReadSubmission(input.Submission, account.Id);
        if (submission is { } sent && await ByCaseAsync(sent, account.Id, ct) is { } already) return new(already, new Dictionary<string, string>(), null);
        var check = VacancyRules.Check(input, Today, account.CompanyName ?? account.Name);
        if (submission is null) return new(null, check.Errors, Stale);
        if (check.Draft is not { } draft) return new(null, check.Errors, $"Periksa {check.Errors.Count} isian yang ditandai merah di bawah.");
        if (catalog.Find(VacancyValues.DefinitionId) is not { } definition) return PostResult.Refused("Layanan lowongan sedang tidak tersedia.");

        var now = time.Now;
        var vacancy = new VacancyRecord
        {
            Source = VacancySource.Employer, EmployerAccountId = account.Id, Status = VacancyStatus.Submitted, CreatedAt = now, UpdatedAt = now,
        };
        draft.ApplyTo(vacancy);
        var actor = Actor.Applicant(account.Id, account.Name);
        try
        {
            var (outcome, started) = await cases.StartOnlineAsync(definition, actor, new OnlineOwner(account.Id, account.Name, account.Email),
                VacancyValues.Lapor(vacancy), submission.Value, (db, caseId) =>
                {
                    vacancy.CaseId = caseId;
                    db.Vacancies.Add(vacancy);
                }, ct);
            if (started is not null) return new(vacancy.Id, check.Errors, null);
            if (await ByCaseAsync(submission.Value, account.Id, ct) is { } other) return new(other, check.Errors, null);
            return new(null, outcome.FieldErrors, outcome.Message ?? "Lowongan belum terkirim. Periksa isian, lalu kirim lagi.");
        }
        catch (DbUpdateException e)
        {
            // The same form posted twice at once: the other post wrote the berkas under this submission id.
            log.LogInformation(e, "Vacancy submission {Submission} was not written (a second post of the same form?)", submission);
            if (await ByCaseAsync(submission.Value, account.Id, ct) is { } other) return new(other, check.Errors, null);
            return new(null, check.Errors, "Lowongan belum tersimpan. Kirim lagi.");
        }
    }

    /// <summary>The account's own vacancy with its berkas's state, or null (missing or another's).</summary>
    public async Task<EmployerVacancyView?> FindOwnAsync(PublicAccountRecord account, long id, CancellationToken ct = default)
    {
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var vacancy = await db.Vacancies.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id && v.EmployerAccountId == account.Id, ct);
        if (vacancy is null) return null;
        var items = vacancy.CaseId is { } caseId
            ? await db.WorkItems.AsNoTracking().Where(w => w.CaseId == caseId).OrderBy(w => w.Sequence).ToListAsync(ct)
            : [];
        var open = items.FirstOrDefault(w => w.Status == WorkItemStatus.Open);
        var done = items.Where(w => w.Status == WorkItemStatus.Done).ToList();
        var returnNote = vacancy.Status == VacancyStatus.Returned ? done.LastOrDefault(w => w.OutcomeId == "perbaiki")?.Note : null;
        var rejectNote = vacancy.Status == VacancyStatus.Rejected ? done.LastOrDefault(w => w.OutcomeId == "tolak")?.Note : null;
        var due = open is null ? null : open.ApplicantDueAt ?? open.DueAt;
        var applicants = await db.JobApplications.CountAsync(a => a.VacancyId == vacancy.Id, ct);
        return new(vacancy, due, returnNote, rejectNote, applicants);
    }

    public async Task<IReadOnlyList<(VacancyRecord Vacancy, int Applicants)>> ListOwnAsync(PublicAccountRecord account, CancellationToken ct = default)
    {
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Vacancies.AsNoTracking().Where(v => v.EmployerAccountId == account.Id).OrderByDescending(v => v.Id)
            .Select(v => new { Vacancy = v, Applicants = db.JobApplications.Count(a => a.VacancyId == v.Id) }).ToListAsync(ct);
        return [.. rows.Select(r => (r.Vacancy, r.Applicants))];
    }

    /// <summary>Edits the returned vacancy and resubmits the berkas's "lapor" step, in one transaction.</summary>
    public async Task<PostResult> ResubmitAsync(PublicAccountRecord account, long id, VacancyInput input, CancellationToken ct = default)
    {
        if (await FindOwnAsync(account, id, ct) is not { } view) return PostResult.Refused("Lowongan tidak ditemukan.");
        if (view.Vacancy.Status != VacancyStatus.Returned || view.Vacancy.CaseId is not { } caseId)
            return PostResult.Refused("Lowongan ini tidak sedang menunggu perbaikan.");
        var check = VacancyRules.Check(input, Today, view.Vacancy.CompanyName);
        if (check.Draft is not { } draft) return new(null, check.Errors, $"Periksa {check.Errors.Count} isian yang ditandai merah di bawah.");
        var edited = view.Vacancy;
        draft.ApplyTo(edited);
        edited.UpdatedAt = time.Now;
        var outcome = await cases.CompleteOnlineAsync(caseId, Actor.Applicant(account.Id, account.Name), VacancyValues.Lapor(edited),
            db => db.Vacancies.Update(edited), ct);
        return outcome.Ok ? new(id, check.Errors, null) : new(null, outcome.FieldErrors, outcome.Message ?? "Perbaikan belum terkirim.");
    }

    /// <summary>Closes the account's own vacancy early; null when done, else why not (another's: not found).</summary>
    public async Task<string?> CloseAsync(PublicAccountRecord account, long id, CancellationToken ct = default)
    {
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var vacancy = await db.Vacancies.FirstOrDefaultAsync(v => v.Id == id && v.EmployerAccountId == account.Id, ct);
        if (vacancy is null) return "Lowongan tidak ditemukan.";
        return await VacancyClosing.CloseAsync(db, vacancy, Actor.Applicant(account.Id, account.Name), time.Now, "pemberi kerja", ct);
    }

    private async Task<long?> ByCaseAsync(Guid caseId, Guid accountId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Vacancies.Where(v => v.CaseId == caseId && v.EmployerAccountId == accountId).Select(v => (long?)v.Id).FirstOrDefaultAsync(ct);
    }
}
