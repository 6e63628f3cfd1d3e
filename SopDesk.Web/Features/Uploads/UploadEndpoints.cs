using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Access;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Layanan.Accounts;
using SopDesk.Web.Security;

namespace SopDesk.Web.Features.Uploads;

/// <summary>
/// The two ways to read an uploaded document. Staff: the officer's session and roles read now, the berkas's personal data
/// theirs to see (<see cref="PersonalDataPolicy"/>), each view journaled. Owner: the signed-in public account the online
/// berkas belongs to; anyone else gets the same 404 as for a missing document. The ids are never the protection.
/// </summary>
public static class UploadEndpoints
{
    public const string StaffPattern = "/berkas/{caseId:guid}/unggahan/{uploadId:guid}";
    public const string OwnerPattern = "/layanan/status/{token}/dokumen/{uploadId:guid}";
    public const string ViewedAction = JournalActions.UploadViewed;

    public static string StaffPath(Guid caseId, Guid uploadId) => $"/berkas/{caseId}/unggahan/{uploadId}";
    public static string OwnerPath(string token, Guid uploadId) => $"/layanan/status/{Uri.EscapeDataString(token)}/dokumen/{uploadId}";

    public static IEndpointRouteBuilder MapSopDeskUploads(this IEndpointRouteBuilder app)
    {
        app.MapGet(StaffPattern, ForStaffAsync).RequireAuthorization();
        app.MapGet(OwnerPattern, ForOwnerAsync).AllowAnonymous(); // the owner check is the handler's, answered with 404
        app.MapGet(Ak1PdfEndpoints.StaffPattern, Ak1PdfEndpoints.ForStaffAsync).RequireAuthorization();
        app.MapGet(Ak1PdfEndpoints.OwnerPattern, Ak1PdfEndpoints.ForOwnerAsync).AllowAnonymous();
        return app;
    }

    public static async Task<IResult> ForStaffAsync(Guid caseId, Guid uploadId, HttpContext http, CurrentStaff current,
        IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, UploadService uploads, OfficeTime time, CancellationToken ct)
    {
        if (await current.CheckAsync(http.User, ct: ct) is not { Actor: { } actor } check)
            return Results.Text(CurrentStaff.SignedOutMessage, statusCode: StatusCodes.Status403Forbidden);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        var record = await db.Uploads.AsNoTracking().FirstOrDefaultAsync(u => u.Id == uploadId && u.CaseId == caseId, ct);
        if (row is null || record is null) return UploadResponse.NotFound();
        var definition = await catalog.GetVersionAsync(row.DefinitionId, row.DefinitionHash, ct);
        if (!PersonalDataPolicy.MaySee(definition, actor))
            return Results.Text($"Anda tidak berwenang melihat dokumen pemohon: dokumen ini memuat data pribadi, yang hanya dapat dibuka oleh petugas SOP {definition.Header.Nama}.",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        if (await uploads.OpenAsync(record, ct) is not { } content)
            return Results.Text("Dokumen ini tidak dapat ditampilkan: berkasnya hilang atau berubah sejak diunggah. Hubungi administrator.",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status500InternalServerError);
        var label = definition.Online?.Upload(record.UploadId)?.Label ?? record.UploadId;
        db.Journal.Add(JournalRecord.For(actor, time.Now, ViewedAction, $"Melihat unggahan {label} ({record.OriginalName}) berkas {row.Number}", caseId,
            ipAddress: http.Connection.RemoteIpAddress?.ToString()));
        await db.SaveChangesAsync(ct);
        return UploadResponse.File(http, content, record, record.UploadId);
    }

    public static async Task<IResult> ForOwnerAsync(string token, Guid uploadId, HttpContext http, CurrentApplicant applicant,
        IDbContextFactory<SopDeskDbContext> contexts, UploadService uploads, CancellationToken ct)
    {
        if (await OwnedCaseAsync(token, applicant, contexts, ct) is not { } caseId) return UploadResponse.NotFound();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.Uploads.AsNoTracking().FirstOrDefaultAsync(u => u.Id == uploadId && u.CaseId == caseId, ct);
        if (record is null || await uploads.OpenAsync(record, ct) is not { } content) return UploadResponse.NotFound();
        return UploadResponse.File(http, content, record, record.UploadId);
    }

    /// <summary>The online berkas behind the status token, only when it belongs to the account signed in now.</summary>
    public static async Task<Guid?> OwnedCaseAsync(string token, CurrentApplicant applicant, IDbContextFactory<SopDeskDbContext> contexts, CancellationToken ct)
    {
        if (await applicant.GetAsync() is not { } account) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.OnlineCases.AsNoTracking()
            .Where(o => o.StatusToken == token && o.AccountId == account.Id)
            .Select(o => (Guid?)o.CaseId).FirstOrDefaultAsync(ct);
    }
}
