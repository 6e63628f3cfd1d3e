using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace SopDesk.Web.Operations;

/// <summary>
/// OpenTelemetry for requests, EF Core queries, the runtime and SopDesk's own source and meter (decision 048). Exporters only
/// when configured, so by default nothing leaves the machine:
/// <list type="bullet">
/// <item>OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (environment) or "Telemetry:OtlpEndpoint" is set;</item>
/// <item>the console when "Telemetry:Console" is true (a quick look while debugging).</item>
/// </list>
/// Without an exporter the instrumentation is not even registered.
/// </summary>
public static class TelemetrySetup
{
    public static IServiceCollection AddSopDeskTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = configuration["Telemetry:OtlpEndpoint"] is { Length: > 0 } configured ? configured : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var console = configuration.GetValue<bool>("Telemetry:Console");
        if (string.IsNullOrEmpty(otlp) && !console) return services;
        var endpoint = string.IsNullOrEmpty(otlp) ? null : new Uri(otlp);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["Telemetry:ServiceName"] ?? "sopdesk", serviceInstanceId: Environment.MachineName))
            .WithTracing(t =>
            {
                t.AddSource(SopDeskTelemetry.Name)
                    // The health probe and static files are noise; the API and pages are what an operator follows.
                    .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments(HealthEndpoints.Path) && !http.Request.Path.StartsWithSegments("/_content"))
                    .AddEntityFrameworkCoreInstrumentation();
                if (endpoint is not null) t.AddOtlpExporter(o => o.Endpoint = endpoint);
                if (console) t.AddConsoleExporter();
            })
            .WithMetrics(m =>
            {
                m.AddMeter(SopDeskTelemetry.Name).AddAspNetCoreInstrumentation().AddRuntimeInstrumentation();
                if (endpoint is not null) m.AddOtlpExporter(o => o.Endpoint = endpoint);
                if (console) m.AddConsoleExporter();
            });
        return services;
    }
}
