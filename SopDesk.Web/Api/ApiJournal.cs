using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Api;

/// <summary>
/// One journal line per /api/v1 call, whatever its answer (200, 401, 403, 404, 429, 500): the institution and key id, the
/// endpoint, the status and the time — never the request's values (no NIK, no number). A status read that found its berkas
/// carries the berkas id, so the person's own data report (subject access) shows which institution asked.
/// Written as the answer starts, so the caller gets its answer only once the line is stored; the key's "last used" too.
/// </summary>
public sealed class ApiJournal(RequestDelegate next, IDbContextFactory<SopDeskDbContext> contexts, OfficeTime time, ILogger<ApiJournal> log)
{
    public const string Actor = "api";
    private const string CaseKey = "sopdesk:api-case";

    /// <summary>Called by an endpoint that read one berkas, so its line names the berkas (not the values asked with).</summary>
    public static void RecordCase(HttpContext http, Guid caseId) => http.Items[CaseKey] = caseId;

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() => WriteAsync(http));
        return next(http);
    }

    private async Task WriteAsync(HttpContext http)
    {
        try
        {
            var caller = ApiKeyAuthentication.CallerOf(http.User);
            var endpoint = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
            var status = http.Response.StatusCode;
            var now = time.Now;
            await using var db = await contexts.CreateDbContextAsync();
            db.Journal.Add(new JournalRecord
            {
                At = now, CaseId = http.Items[CaseKey] as Guid?, ActorUserId = caller is { } c ? $"{Actor}:{c.KeyId}" : $"{Actor}:-",
                ActorName = caller?.Institution ?? "Tanpa kunci API yang sah", ActingAs = Actor, Action = JournalActions.ApiCalled,
                Detail = $"{http.Request.Method} {endpoint} → {status}", IpAddress = http.Connection.RemoteIpAddress?.ToString(),
            });
            await db.SaveChangesAsync();
            if (caller is { } used && Guid.TryParseExact(used.KeyId, "N", out var keyId))
                await db.ApiKeys.Where(k => k.Id == keyId).ExecuteUpdateAsync(k => k.SetProperty(r => r.LastUsedAt, now));
        }
        catch (Exception e)
        {
            log.LogError(e, "Could not journal an API call to {Path}", http.Request.Path.Value);
            throw; // an unjournaled answer is not sent
        }
    }
}
