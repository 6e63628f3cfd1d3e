using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;

namespace SopDesk.Web.Features.LaborMarket.Vacancies;

/// <summary>The answer to a vacancy form at the desk: the new vacancy's id, or why not (a message and errors by field).</summary>
public sealed record VacancySaved(long? Id, string? Message, IReadOnlyDictionary<string, string> Errors)
{
    public bool Ok => Id is not null;
    public static VacancySaved Refused(string message) => new(null, message, new Dictionary<string, string>());
}

/// <summary>A verified employer account an officer may record a vacancy for.</summary>
public sealed record EmployerChoice(Guid AccountId, string CompanyName, string ContactName, string? Phone, string? Email);

/// <summary>One line of the desk's vacancy list.</summary>
public sealed record VacancyRow(long Id, string Position, string CompanyName, int Openings, string Location, VacancySource Source,
    VacancyStatus Status, DateOnly ClosesOn, string? RegisterNumber, DateTimeOffset CreatedAt, Guid? CaseId);

/// <summary>
/// The office's side of vacancies: job canvassing and recording on an employer's behalf (the officer does the employer lane's
/// "lapor" step at the desk, in the berkas's own transaction), the list and detail, and closing early. Roles are read now
/// (<see cref="CurrentStaff"/>): only a Pengantar Kerja records; officers (Pengantar Kerja, Kasi) close.
/// </summary>
public sealed class VacancyDesk(IDbContextFactory<SopDeskDbContext> contexts, CaseService cases, CurrentStaff staff, OfficeTime time,
    ProjectionCatchUp catchUp)
{
    public const string RecordRefusal = "Hanya Pengantar Kerja yang dapat mencatat lowongan.";
    public const string CloseRefusal = "Hanya Pengantar Kerja atau Kasi yang dapat menutup lowongan.";
    public const string EmployerRequired = "Pilih akun pemberi kerja yang sudah terverifikasi.";

    public DateOnly Today => DateOnly.FromDateTime(time.Now.DateTime);

    public async Task<IReadOnlyList<EmployerChoice>> VerifiedEmployersAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.PublicAccounts.AsNoTracking()
            .Where(a => a.Kind == PublicAccountKind.PemberiKerja && a.Verification == AccountVerification.Verified && !a.Blocked)
            .OrderBy(a => a.CompanyName)
            .Select(a => new EmployerChoice(a.Id, a.CompanyName ?? a.Name, a.Name, a.Phone, a.Email)).ToListAsync(ct);
    }

    public async Task<VacancySaved> RecordAsync(VacancyInput input, VacancySource source, Guid? employerAccountId, ClaimsPrincipal user,
        CancellationToken ct = default)
    {
        var check = await staff.CheckAsync(user, ct: ct);
        if (check.Actor is not { } actor) return VacancySaved.Refused(check.Refusal!);
        if (!actor.Roles.Contains(LaborMarketRoles.PengantarKerja)) return VacancySaved.Refused(RecordRefusal);
        string? company = null;
        if (source == VacancySource.OnBehalf)
        {
            var employer = (await VerifiedEmployersAsync(ct)).FirstOrDefault(e => e.AccountId == employerAccountId);
            if (employer is null) return new(null, EmployerRequired, new Dictionary<string, string> { ["Employer"] = EmployerRequired });
            company = employer.CompanyName;
        }
        else if (source != VacancySource.Canvassed) return VacancySaved.Refused("Sumber lowongan tidak dikenal.");
        var result = VacancyRules.Check(input, Today, company);
        if (result.Draft is not { } draft) return new(null, $"Periksa {result.Errors.Count} isian yang ditandai.", result.Errors);

        var now = time.Now;
        var vacancy = new VacancyRecord
        {
            Source = source, EmployerAccountId = source == VacancySource.OnBehalf ? employerAccountId : null, RecordedByUserId = actor.UserId,
            Status = VacancyStatus.Submitted, CreatedAt = now, UpdatedAt = now,
        };
        draft.ApplyTo(vacancy);
        var outcome = await cases.StartAsync(VacancyValues.DefinitionId, VacancyValues.Lapor(vacancy), user, (db, caseId) =>
        {
            vacancy.CaseId = caseId;
            db.Vacancies.Add(vacancy);
            db.Journal.Add(JournalRecord.For(actor, now, JournalActions.VacancyRecorded,
                $"{VacancyValues.SourceLabel(source)}: {draft.Position} — {draft.CompanyName}", caseId));
        }, ct);
        if (!outcome.Ok) return new(null, outcome.Message ?? "Lowongan belum tersimpan.", outcome.FieldErrors);
        return new(vacancy.Id, null, new Dictionary<string, string>());
    }

    public async Task<IReadOnlyList<VacancyRow>> ListAsync(VacancyStatus? status, VacancySource? source, string? text, CancellationToken ct = default)
    {
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Vacancies.AsNoTracking();
        if (status is { } s) query = query.Where(v => v.Status == s);
        if (source is { } src) query = query.Where(v => v.Source == src);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var t = $"%{text.Trim().ToLower()}%";
            query = query.Where(v => EF.Functions.Like(v.Position.ToLower(), t) || EF.Functions.Like(v.CompanyName.ToLower(), t)
                || (v.RegisterNumber != null && EF.Functions.Like(v.RegisterNumber.ToLower(), t)));
        }
        return await query.OrderByDescending(v => v.Id).Take(500)
            .Select(v => new VacancyRow(v.Id, v.Position, v.CompanyName, v.Openings, v.Location, v.Source, v.Status, v.ClosesOn, v.RegisterNumber,
                v.CreatedAt, v.CaseId)).ToListAsync(ct);
    }

    public async Task<VacancyRecord?> FindAsync(long id, CancellationToken ct = default)
    {
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Vacancies.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, ct);
    }

    public async Task<VacancyRecord?> FindByCaseAsync(Guid caseId, CancellationToken ct = default)
    {
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Vacancies.AsNoTracking().FirstOrDefaultAsync(v => v.CaseId == caseId, ct);
    }

    /// <summary>Closes a vacancy early at the desk; null when done, else why not.</summary>
    public async Task<string?> CloseAsync(long id, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var check = await staff.CheckAsync(user, ct: ct);
        if (check.Actor is not { } actor) return check.Refusal;
        if (!actor.Roles.Any(r => r is LaborMarketRoles.PengantarKerja or LaborMarketRoles.Kasi)) return CloseRefusal;
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var vacancy = await db.Vacancies.FirstOrDefaultAsync(v => v.Id == id, ct);
        if (vacancy is null) return "Lowongan tidak ditemukan.";
        return await VacancyClosing.CloseAsync(db, vacancy, actor, time.Now, "petugas", ct);
    }
}
