using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SopDesk.Web.Features.Documents;

/// <summary>
/// The public verification page answers a limited number of checks per minute and client address, so nobody can try
/// tokens in bulk (they are 128 random bits; this only makes trying pointless sooner). "Documents:VerificationsPerMinute".
/// </summary>
public static class VerificationRateLimit
{
    public const string Policy = "verifikasi";

    public static IServiceCollection AddVerificationRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Documents:VerificationsPerMinute", 30);
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("Terlalu banyak pemeriksaan dari alamat ini. Coba lagi satu menit lagi.", ct);
            };
            limiter.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
