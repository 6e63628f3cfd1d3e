using Microsoft.Extensions.Logging.Console;

namespace SopDesk.Web.Operations;

/// <summary>
/// Structured logs when asked (decision 048): "Logs:Format=json" (or the standard "Logging:Console:FormatterName=json")
/// writes one JSON object per line with the scopes (request id, trace id, the signed-in user's id for requests), for a
/// log collector. The default stays the readable console of <c>dotnet run</c>.
/// </summary>
public static class LogFormat
{
    public static WebApplicationBuilder UseSopDeskLogFormat(this WebApplicationBuilder builder)
    {
        if (!string.Equals(builder.Configuration["Logs:Format"], "json", StringComparison.OrdinalIgnoreCase)) return builder;
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.FormatterName = ConsoleFormatterNames.Json);
        return builder;
    }

    /// <summary>Adds the signed-in user's id (never a name) to the log scope of each request, when there is one.</summary>
    public static WebApplication UseUserLogScope(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SopDesk.Requests");
        app.Use(async (http, next) =>
        {
            var userId = http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
            using var scope = userId is null ? null : log.BeginScope(new Dictionary<string, object> { ["UserId"] = userId });
            await next(http);
        });
        return app;
    }
}
