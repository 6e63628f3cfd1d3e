using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SopDesk.Web.Layanan.Shell;
using SopDesk.Web.Security;

namespace SopDesk.Web.Layanan.Abuse;

/// <summary>
/// The public forms' rate limit: a fixed window per client address over all form posts under /layanan together
/// ("Layanan:FormsPerMinute", default 10). Only POSTs count: reading a form or a service page is never limited.
/// It is the limiter's global limiter, keyed on the path, so no public form can be missed by forgetting an attribute;
/// pages with a form still carry <c>[EnableRateLimiting(LayananRateLimits.Forms)]</c> as a marker (that policy counts nothing).
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
                    // The partition key must differ from the unlimited one: the limiter caches a partition per key, so a POST whose
                    // address is unknown ("") would otherwise reuse the no-limit partition a GET created first.
                    ? RateLimitPartition.GetFixedWindowLimiter($"form:{http.Connection.RemoteIpAddress}",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("unlimited"));
        });
    }
}
