using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SopDesk.Web.Layanan.Shell;
using SopDesk.Web.Security;

namespace SopDesk.Web.Layanan.Abuse;

/// <summary>
/// The public forms' rate limit: a fixed window per client address over all form posts under /layanan together
/// ("Layanan:FormsPerMinute", default 10). Only POSTs count: reading a form or a service page is never limited.
/// It is the limiter's global limiter, keyed on the path, because a policy named by <c>[EnableRateLimiting]</c> on a static
/// Razor component page was not applied to its form posts (tested: AbuseControlTests); so no public form can be missed.
/// Pages with a form still carry <c>[EnableRateLimiting(LayananRateLimits.Forms)]</c> as a marker; that policy counts nothing.
/// </summary>
public static class LayananRateLimits
{
    public const string Forms = "layanan-form";

    public static IServiceCollection AddLayananRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = Math.Max(1, LayananSettings.Read(configuration).FormsPerMinute);
        return services.AddRateLimiter(limiter =>
        {
            TooManyRequestsPage.Use(limiter);
            limiter.AddPolicy(Forms, _ => RateLimitPartition.GetNoLimiter(""));
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                HttpMethods.IsPost(http.Request.Method) && http.Request.Path.StartsWithSegments("/layanan")
                    ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));
        });
    }
}
