using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Registers;
using SopDesk.Web.Features.Documents;
using SopDesk.Web.Features.Documents.Pdf;
using SopDesk.Web.Features.Office;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Layanan.Accounts;

namespace SopDesk.Web.Features.Uploads;

/// <summary>
/// The signed AK1 card as a PDF. Staff: the same opening as the printed card (<see cref="DocumentService"/>: personal-data rule,
/// journaled). Owner: the signed-in account the online berkas belongs to, anyone else 404. Only once the card is signed.
/// </summary>
public static class Ak1PdfEndpoints
{
    public const string StaffPattern = "/berkas/{caseId:guid}/kartu-ak1.pdf";
    public const string OwnerPattern = "/layanan/status/{token}/kartu-ak1.pdf";
    public const string NotSignedMessage = "Kartu AK1 belum ditandatangani. PDF-nya dapat diunduh setelah kartu ditandatangani pejabat.";

    public static string StaffPath(Guid caseId) => $"/berkas/{caseId}/kartu-ak1.pdf";
    public static string OwnerPath(string token) => $"/layanan/status/{Uri.EscapeDataString(token)}/kartu-ak1.pdf";

    public static async Task<IResult> ForStaffAsync(Guid caseId, HttpContext http, DocumentService documents, IServiceProvider services, CancellationToken ct)
    {
        var opening = await documents.OpenAk1CardAsync(caseId, http.User, http.Connection.RemoteIpAddress?.ToString(), ct);
        return await AnswerAsync(opening, http, services, ct);
    }

    public static async Task<IResult> ForOwnerAsync(string token, HttpContext http, CurrentApplicant applicant, IDbContextFactory<SopDeskDbContext> contexts,
        DocumentService documents, IServiceProvider services, CancellationToken ct)
    {
        if (await UploadEndpoints.OwnedCaseAsync(token, applicant, contexts, ct) is not { } caseId || await applicant.ActorAsync() is not { } actor)
            return UploadResponse.NotFound();
        var opening = await documents.OpenAk1CardForOwnerAsync(caseId, actor, http.Connection.RemoteIpAddress?.ToString(), ct);
        // The owner knows the berkas: "no number yet" reads as "not signed yet"; any other refusal is the usual 404.
        if (opening.Document is null)
            return opening.StatusCode == StatusCodes.Status200OK
                ? Results.Text(NotSignedMessage, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound)
                : UploadResponse.NotFound();
        return await AnswerAsync(opening, http, services, ct);
    }

    private static async Task<IResult> AnswerAsync(DocumentOpening<Ak1Card> opening, HttpContext http, IServiceProvider services, CancellationToken ct)
    {
        if (opening.Document is not { } card)
            return Results.Text(opening.Problem ?? "Kartu AK1 tidak dapat dibuka.", "text/plain; charset=utf-8",
                statusCode: opening.StatusCode == StatusCodes.Status200OK ? StatusCodes.Status404NotFound : opening.StatusCode);
        if (card.Document.SignedAt is null || card.Document.State != DocumentState.Valid)
            return Results.Text(card.Document.SignedAt is null ? NotSignedMessage : "Kartu AK1 ini tidak berlaku lagi (dibatalkan atau kedaluwarsa).",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

        byte[]? photo = null;
        if (card.PhotoUploadId is { } photoId)
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync(ct);
            if (await db.Uploads.AsNoTracking().FirstOrDefaultAsync(u => u.Id == photoId, ct) is { } record
                && await services.GetRequiredService<UploadService>().OpenAsync(record, ct) is { } stream)
            {
                await using (stream)
                {
                    using var copy = new MemoryStream();
                    await stream.CopyToAsync(copy, ct);
                    photo = copy.ToArray();
                }
            }
        }
        var settings = services.GetRequiredService<DocumentSettings>();
        var url = settings.VerificationUrl($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}", card.Document.VerificationToken);
        var pdf = Ak1CardPdf.Build(card, photo, url, services.GetRequiredService<OfficeProfileService>().Current, services.GetRequiredService<OfficeTime>());
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(pdf, Ak1CardPdf.ContentType, Ak1CardPdf.FileName(card));
    }
}
