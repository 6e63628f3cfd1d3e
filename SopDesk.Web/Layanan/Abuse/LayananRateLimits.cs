using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SopDesk.Web.Layanan.Shell;
using SopDesk.Web.Security;

namespace SopDesk.Web.Layanan.Abuse;

/// <summary>
/// The public forms' rate limit: a fixed window per client address over all public form posts together
/// ("Layanan:FormsPerMinute", default 10). Only POSTs count: reading a form or a service page is never limited.
/// Pages with a form carry <c>[EnableRateLimiting(LayananRateLimits.Forms)]</c>.
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
            limiter.AddPolicy(Forms, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(""));
        });
    }
}
