using Microsoft.Net.Http.Headers;
using SopDesk.Data.Entities;
using SopDesk.Web.Security;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Uploads;

/// <summary>
/// How a stored upload goes out, to staff and owner alike: its recognised type only, never sniffed, never cached, an image
/// shown inline and a PDF downloaded (the browser's viewer, not SopDesk's origin, opens it), under a sandbox policy.
/// </summary>
public static class UploadResponse
{
    public static IResult File(HttpContext http, Stream content, UploadRecord record, string fallbackName)
    {
        if (UploadTypes.FromContentType(record.ContentType) is not { } type)
            return Results.Text("Jenis dokumen tidak dikenali.", statusCode: StatusCodes.Status500InternalServerError);
        var name = UploadFileName.Clean(record.OriginalName, type, fallbackName);
        var disposition = new ContentDispositionHeaderValue(UploadTypes.IsImage(type) ? "inline" : "attachment");
        disposition.FileName = UploadFileName.Ascii(name);
        disposition.FileNameStar = name;
        var headers = http.Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        SecurityHeaders.ServeAsFile(http);
        return Results.Stream(content, UploadTypes.ContentType(type));
    }

    /// <summary>Not there, not theirs, or not to be named: the same answer, so ids cannot be probed.</summary>
    public static IResult NotFound() => Results.Text("Dokumen tidak ditemukan.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
}
