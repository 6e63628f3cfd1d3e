using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SopDesk.Data;

namespace SopDesk.Web.Operations;

/// <summary>
/// Health for the proxy and the monitoring (decision 048), anonymous, plain text, no detail (no exception, no connection
/// string, no timing): <c>/healthz</c> is "Healthy" (200) when the database answers through EF Core — the same check on
/// SQLite and PostgreSQL — and "Unhealthy" (503) otherwise; <c>/healthz/live</c> only says the process serves (200), for
/// a proxy that must not take every node out when the shared database blinks.
/// </summary>
public static class HealthEndpoints
{
    public const string Path = "/healthz";
    public const string LivePath = "/healthz/live";
    private const string DatabaseTag = "database";

    public static IServiceCollection AddSopDeskHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<SopDeskDbContext>("database", tags: [DatabaseTag]);
        return services;
    }

    public static WebApplication MapSopDeskHealth(this WebApplication app)
    {
        app.MapHealthChecks(Path, new HealthCheckOptions { Predicate = c => c.Tags.Contains(DatabaseTag), ResponseWriter = PlainAsync })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = PlainAsync })
            .AllowAnonymous().DisableRateLimiting();
        return app;
    }

    private static Task PlainAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "text/plain; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return http.Response.WriteAsync(report.Status.ToString());
    }
}
