using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Layanan.Accounts;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Layanan.Privacy;

/// <summary>Everything the office holds on one public account (UU PDP, right of access): shown on /layanan/akun and downloaded as JSON.</summary>
public sealed record MyDataReport(MyAccountData Account, IReadOnlyList<MyBerkas> Berkas, IReadOnlyList<MyCorrection> Corrections);

public sealed record MyAccountData(string Jenis, string Nama, string? Nik, DateOnly? TanggalLahir, string? Email, bool EmailDikonfirmasi, string? Telepon,
    string? Perusahaan, string? Nib, string? Npwp, string? NomorWajibLapor, string StatusVerifikasi, DateTimeOffset? TerverifikasiPada,
    DateTimeOffset Terdaftar, DateTimeOffset PersetujuanPada, string VersiPemberitahuanPrivasi);

public sealed record MyBerkas(string Nomor, string Layanan, string Jenis, DateTimeOffset Diajukan, string Status, IReadOnlyList<string> Unggahan);

public sealed record MyCorrection(long Id, string Permintaan, DateTimeOffset Diajukan, string? Jawaban, DateTimeOffset? Dijawab);

/// <summary>
/// Reads the signed-in account's data and only theirs (every query filters on the account id taken from
/// <see cref="CurrentApplicant"/>), takes its verification status from the berkas (<see cref="VerificationSop.SyncAsync"/>),
/// takes correction requests, and serves the JSON download (journaled).
/// </summary>
public sealed class MyData(IDbContextFactory<SopDeskDbContext> contexts, OfficeTime time)
{
    public const string DownloadPath = "/layanan/akun/data.json";
    public const int CorrectionMaxLength = 2000;

    public async Task<MyDataReport> ReadAsync(Guid accountId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var account = await db.PublicAccounts.FirstAsync(a => a.Id == accountId, ct);
        if (await VerificationSop.SyncAsync(db, account, ct)) await db.SaveChangesAsync(ct);
        var online = await db.OnlineCases.AsNoTracking().Where(o => o.AccountId == accountId).OrderBy(o => o.SubmittedAt).ToListAsync(ct);
        var caseIds = online.Select(o => o.CaseId).ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var uploads = (await db.Uploads.AsNoTracking().Where(u => caseIds.Contains(u.CaseId)).ToListAsync(ct)).ToLookup(u => u.CaseId);
        var corrections = await db.CorrectionRequests.AsNoTracking().Where(c => c.AccountId == accountId).OrderBy(c => c.Id).ToListAsync(ct);
        return new MyDataReport(
            new MyAccountData(VerificationSop.KindLabel(account.Kind), account.Name, account.Nik, account.BirthDate, account.Email,
                account.EmailConfirmedAt is not null, account.Phone, account.CompanyName, account.Nib, account.Npwp, account.WajibLaporNumber,
                StatusLabel(account.Verification), account.VerifiedAt, account.CreatedAt, account.ConsentAt, account.ConsentVersion),
            [.. online.Select(o => new MyBerkas(cases.GetValueOrDefault(o.CaseId)?.Number ?? "–", o.DefinitionId, PurposeLabel(o.Purpose), o.SubmittedAt,
                cases.GetValueOrDefault(o.CaseId) is { Status: CaseStatus.Closed } ? "Selesai" : "Dalam proses",
                [.. uploads[o.CaseId].OrderBy(u => u.UploadedAt).Select(u => u.OriginalName)]))],
            [.. corrections.Select(c => new MyCorrection(c.Id, c.Text, c.CreatedAt, c.Answer, c.AnsweredAt))]);
    }

    public static string StatusLabel(AccountVerification status) => status switch
    {
        AccountVerification.Verified => "Terverifikasi",
        AccountVerification.Rejected => "Ditolak",
        _ => "Menunggu verifikasi petugas (paling lama 2 hari kerja)",
    };

    private static string PurposeLabel(string purpose) => purpose switch
    {
        nameof(SopDesk.Workflows.Definitions.OnlinePurpose.Complaint) => "Pengaduan",
        nameof(SopDesk.Workflows.Definitions.OnlinePurpose.AccountVerification) => "Verifikasi akun",
        nameof(SopDesk.Workflows.Definitions.OnlinePurpose.Vacancy) => "Lapor lowongan",
        _ => "Permohonan",
    };

    /// <summary>The correction request's error, or null once saved (journaled).</summary>
    public async Task<string?> RequestCorrectionAsync(Guid accountId, string? text, CancellationToken ct = default)
    {
        text = text?.Trim() ?? "";
        if (text.Length == 0) return "Tuliskan data mana yang salah dan isian yang benar.";
        if (text.Length > CorrectionMaxLength) return $"Permintaan paling panjang {CorrectionMaxLength} karakter.";
        await using var db = await contexts.CreateDbContextAsync(ct);
        var account = await db.PublicAccounts.AsNoTracking().FirstAsync(a => a.Id == accountId, ct);
        var now = time.Now;
        db.CorrectionRequests.Add(new CorrectionRequestRecord { AccountId = accountId, Text = text, CreatedAt = now });
        db.Journal.Add(JournalRecord.For(Actor.Applicant(account.Id, account.Name), now, JournalActions.CorrectionRequested, "Permintaan koreksi data diajukan"));
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>GET /layanan/akun/data.json: the report as an attachment, never cached, journaled.</summary>
    public static async Task<IResult> DownloadAsync(HttpContext http, CurrentApplicant current, MyData data, IDbContextFactory<SopDeskDbContext> contexts, OfficeTime time)
    {
        if (await current.GetAsync() is not { } account) return Results.Challenge(authenticationSchemes: [LayananAuth.Scheme]);
        var report = await data.ReadAsync(account.Id);
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Journal.Add(JournalRecord.For(Actor.Applicant(account.Id, account.Name), time.Now, JournalActions.PersonalDataExported,
                "Pemilik akun mengunduh datanya sendiri (data.json)", ipAddress: http.Connection.RemoteIpAddress?.ToString()));
            await db.SaveChangesAsync();
        }
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(JsonSerializer.SerializeToUtf8Bytes(report, Json), "application/json", "data-saya.json");
    }
}
