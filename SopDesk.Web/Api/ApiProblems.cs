using System.Text.Json;

namespace SopDesk.Web.Api;

/// <summary>The API's refusals as RFC 9457 problem+json, titled in Bahasa Indonesia.</summary>
public static class ApiProblems
{
    public const string NotFoundTitle = "Tidak ditemukan";

    public static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments(ApiEndpoints.Prefix);

    public static Task WriteAsync(HttpContext http, int status, string title, string detail, CancellationToken ct = default)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/problem+json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new { type = "about:blank", title, status, detail }), ct);
    }

    public static IResult Result(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);
}
