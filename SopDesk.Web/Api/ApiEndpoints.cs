using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.LaborMarket;
using SopDesk.Data.Registers;
using SopDesk.Web.Features.Documents;
using SopDesk.Web.Features.Journal;
using SopDesk.Web.Features.LaborMarket;
using SopDesk.Web.Features.Office;
using SopDesk.Web.Features.Reports;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Api;

/// <summary>A document's verification, as the public QR page shows it plus the signer's capacity (an office, not a person).</summary>
public sealed record DocumentAnswer(string Status, string StatusText, string DocumentKind, string Number, string MaskedHolder,
    DateTimeOffset? SignedAt, string? SignerCapacity, DateTimeOffset? ValidUntil, DateTimeOffset? CancelledAt);

/// <summary>The berkas status request: both must match the same berkas. In the body, so the NIK is in no URL or access log.</summary>
public sealed record CaseStatusRequest(string Number, string Nik);

public sealed record SopMonthAnswer(string SopId, string SopNumber, string SopName, int Received, int Finished, int FinishedOnTime, int FinishedLate,
    int InProgress, int Returned, int Rejected);

public sealed record MonthlyAnswer(int Year, int Month, string Office, IReadOnlyList<SopMonthAnswer> Sops, SopMonthAnswer Total);

public sealed record VacancyAnswer(long Id, string Position, string CompanyName, string Location, string EducationMin, int Openings,
    long? SalaryMin, long? SalaryMax, DateOnly ClosesOn, DateTimeOffset? PublishedAt);

public sealed record VacancyPageAnswer(IReadOnlyList<VacancyAnswer> Items, int Total, int Page, int PageSize, int PageCount);

/// <summary>
/// /api/v1 for other institutions (Perwali Palembang: G2G, G2C, G2B interoperability; decision 047). Every endpoint needs an
/// institution's key holding its scope, is rate-limited per key and journaled per call (<see cref="ApiJournal"/>).
/// </summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";
    public const string Tag = "SopDesk API v1";
    private const string NotFoundDetail = "Tidak ada data yang cocok dengan yang dikirim.";

    public static IServiceCollection AddSopDeskApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ApiKeyService>();
        services.AddScoped<CaseStatusQuery>();
        services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddApiRateLimit(configuration);
        services.AddApiDocument();
        return services;
    }

    /// <summary>The journal wraps every /api/v1 request (put before authentication, so refused calls get their line too).</summary>
    public static WebApplication UseApiJournal(this WebApplication app)
    {
        app.UseWhen(ApiProblems.IsApi, branch => branch.UseMiddleware<ApiJournal>());
        return app;
    }

    public static WebApplication MapSopDeskApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix).WithTags(Tag).RequireRateLimiting(ApiRateLimit.Policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        Scoped(api.MapGet("/documents/verify", VerifyDocumentAsync), ApiScopes.Documents)
            .WithName("verifyDocument").WithSummary("Verifikasi dokumen menurut nomor atau kode QR")
            .WithDescription("Kirim salah satu: `number` (nomor dokumen tercetak) atau `token` (kode pada QR). Jawaban sama dengan halaman verifikasi publik: status, jenis, nomor, nama pemegang yang disamarkan, tanggal tanda tangan, jabatan penanda tangan, masa berlaku.")
            .Produces<DocumentAnswer>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status400BadRequest);
        Scoped(api.MapPost("/cases/status", CaseStatusAsync), ApiScopes.Cases)
            .WithName("caseStatus").WithSummary("Status berkas menurut nomor berkas dan NIK pemohon")
            .WithDescription("Keduanya harus cocok dengan berkas yang sama; bila tidak, jawabannya 404 yang sama seperti nomor yang tidak ada. Tidak ada nama, alamat, isian, atau dokumen dalam jawaban.")
            .Produces<CaseStatusAnswer>().ProducesProblem(StatusCodes.Status404NotFound);
        Scoped(api.MapGet("/reports/monthly", MonthlyAsync), ApiScopes.Reports)
            .WithName("monthlyFigures").WithSummary("Angka bulanan per SOP")
            .WithDescription("Berkas diterima, selesai, selesai tepat waktu dan terlambat, dalam proses pada akhir bulan, dikembalikan, dan ditolak, per SOP untuk satu bulan (zona waktu kantor).")
            .Produces<MonthlyAnswer>().ProducesProblem(StatusCodes.Status400BadRequest);
        Scoped(api.MapGet("/vacancies", VacanciesAsync), ApiScopes.Vacancies)
            .WithName("openVacancies").WithSummary("Lowongan kerja yang dibuka")
            .WithDescription("Lowongan yang tampil di bursa kerja publik (terbit, belum lewat tanggal tutup), terbaru dahulu, per halaman (paling banyak 100).")
            .Produces<VacancyPageAnswer>();
        return app;
    }

    /// <summary>Only the "ApiKey" scheme counts here, and the key must hold <paramref name="scope"/>.</summary>
    private static RouteHandlerBuilder Scoped(RouteHandlerBuilder endpoint, string scope) =>
        endpoint.RequireAuthorization(p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser()
            .RequireClaim(ApiKeyAuthentication.ScopeClaim, scope));

    private static IResult NotFound() => ApiProblems.Result(StatusCodes.Status404NotFound, ApiProblems.NotFoundTitle, NotFoundDetail);

    private static IResult BadRequest(string detail) => ApiProblems.Result(StatusCodes.Status400BadRequest, "Permintaan tidak lengkap", detail);

    private static async Task<IResult> VerifyDocumentAsync(string? number, string? token, DocumentVerification verification, OfficeProfileService office,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(number) == string.IsNullOrWhiteSpace(token)) return BadRequest("Kirim tepat satu: number atau token.");
        var found = string.IsNullOrWhiteSpace(token) ? await verification.FindByNumberAsync(number!.Trim(), ct) : await verification.FindAsync(token.Trim(), ct);
        if (found is not { } d) return NotFound();
        return Results.Ok(new DocumentAnswer(StateName(d.State), DocumentTexts.Verdict(d.State), d.Name, d.Number, d.MaskedHolder, d.SignedAt,
            d.SignedAs is { Length: > 0 } signedAs ? JournalLabels.Capacity(signedAs, office.Current) : null, d.ValidUntil, d.CancelledAt));
    }

    private static string StateName(DocumentState state) => state switch
    {
        DocumentState.Valid => "valid",
        DocumentState.NotYetSigned => "notYetSigned",
        DocumentState.Cancelled => "cancelled",
        _ => "expired",
    };

    private static async Task<IResult> CaseStatusAsync([FromBody] CaseStatusRequest request, CaseStatusQuery query, HttpContext http, CancellationToken ct)
    {
        if (await query.FindAsync(request.Number?.Trim() ?? "", request.Nik?.Trim() ?? "", ct) is not { } found) return NotFound();
        ApiJournal.RecordCase(http, found.CaseId);
        return Results.Ok(found.Answer);
    }

    private static async Task<IResult> MonthlyAsync(int? year, int? month, MonthlyReportService reports, CancellationToken ct)
    {
        var (y, m) = year is null && month is null ? reports.PreviousMonth() : (year ?? 0, month ?? 0);
        if (y is < 2000 or > 2100 || m is < 1 or > 12) return BadRequest("Kirim year (mis. 2026) dan month (1–12), atau keduanya kosong untuk bulan lalu.");
        var report = await reports.BuildAsync(y, m, ct);
        return Results.Ok(new MonthlyAnswer(report.Year, report.Month, report.Office, [.. report.Rows.Select(Sop)], Sop(report.Total)));
    }

    private static SopMonthAnswer Sop(SopMonthFigures f) =>
        new(f.DefinitionId, f.Nomor, f.Name, f.Received, f.Finished, f.FinishedOnTime, f.Finished - f.FinishedOnTime, f.InProgress, f.Returned, f.Rejected);

    /// <summary>The public listing's query and "today" (<see cref="Layanan.Jobs.Listing.ListingPage"/>), after the same catch-up.</summary>
    private static async Task<IResult> VacanciesAsync(int? page, int? pageSize, IDbContextFactory<SopDeskDbContext> contexts, ProjectionCatchUp catchUp,
        Layanan.Jobs.Listing.JobApplying jobs, CancellationToken ct)
    {
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await VacancySearch.SearchAsync(db, new VacancyQuery(Page: page ?? 1, PageSize: pageSize ?? 20), jobs.Today, ct);
        return Results.Ok(new VacancyPageAnswer([.. found.Items.Select(v => new VacancyAnswer(v.Id, v.Position, v.CompanyName, v.Location,
            EducationLevels.Label(v.EducationMin), v.Openings, v.SalaryMin, v.SalaryMax, v.ClosesOn, v.PublishedAt))],
            found.Total, found.Page, found.PageSize, found.PageCount));
    }
}
