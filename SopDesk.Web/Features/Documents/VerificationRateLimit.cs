using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SopDesk.Web.Security;

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
            TooManyRequestsPage.Use(limiter); // the one 429 page for every policy
            limiter.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
