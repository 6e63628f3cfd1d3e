using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;

namespace SopDesk.Web.Security;

/// <summary>
/// Transport and browser hardening: Secure cookies in Production, the real client address behind a known reverse proxy,
/// HTTPS redirection and HSTS when served over TLS, and the security headers (<see cref="SecurityHeaders"/>).
/// Settings: "ForwardedHeaders:KnownProxies" / "ForwardedHeaders:KnownNetworks" (addresses, CIDR ranges) and
/// "Https:Redirect" (true when the office serves SopDesk over TLS) with "Https:Port".
/// </summary>
public static class Hardening
{
    public static IServiceCollection AddSopDeskHardening(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsProduction())
        {
            // Every cookie SopDesk sets (sign-in, antiforgery, any other) travels only over HTTPS.
            services.PostConfigureAll<CookieAuthenticationOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always);
            services.Configure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always);
            services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.Always);
        }
        var proxies = ProxySettings.Read(configuration);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies are believed: the loopback defaults are dropped so the list says it all.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var address in proxies.Proxies) o.KnownProxies.Add(address);
            foreach (var network in proxies.Networks) o.KnownIPNetworks.Add(network);
        });
        services.AddSingleton(proxies);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // Without a port the middleware takes the HTTPS address Kestrel listens on (none behind a TLS-ending proxy: set it).
        services.AddHttpsRedirection(o => o.HttpsPort = configuration.GetValue<int?>("Https:Port"));
        return services;
    }

    /// <summary>Put first in the pipeline, so the rate limiter, the journal and the redirects see the real client and scheme.</summary>
    public static WebApplication UseSopDeskHardening(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ProxySettings>().Any) app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts(); // answered on HTTPS requests only
        if (app.Configuration.GetValue<bool>("Https:Redirect")) app.UseHttpsRedirection();
        app.UseCookiePolicy();
        app.UseMiddleware<SecurityHeaders>();
        return app;
    }
}
