using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SopDesk.Web.Security;

/// <summary>
/// The one answer for every rate-limit policy (the limiter has a single rejection callback): 429, Retry-After and a short
/// Indonesian page saying when to try again. Plain HTML without styles or scripts, so it needs no asset and no nonce.
/// </summary>
public static class TooManyRequestsPage
{
    public const string Message = "Terlalu banyak permintaan dari alamat Anda";

    public static void Use(RateLimiterOptions limiter)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (context, ct) => WriteAsync(context.HttpContext,
            context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1), ct);
    }

    public static async ValueTask WriteAsync(HttpContext http, TimeSpan retryAfter, CancellationToken ct)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
        http.Response.Headers.CacheControl = "no-store";
        if (Api.ApiProblems.IsApi(http))
        {
            // Another institution's program reads the answer, not a person: problem+json.
            await Api.ApiProblems.WriteAsync(http, StatusCodes.Status429TooManyRequests, "Terlalu banyak permintaan",
                $"Batas panggilan per menit untuk kunci ini terlampaui; coba lagi dalam {(int)Math.Ceiling(retryAfter.TotalSeconds)} detik.", ct);
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        var text = WebUtility.HtmlEncode($"{Message}; coba lagi dalam {minutes} menit.");
        await http.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            $"<title>Terlalu banyak permintaan</title></head><body><h1>Terlalu banyak permintaan</h1><p>{text}</p></body></html>", ct);
    }
}
