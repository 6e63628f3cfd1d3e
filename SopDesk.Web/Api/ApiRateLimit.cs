using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SopDesk.Web.Security;

namespace SopDesk.Web.Api;

/// <summary>
/// Calls per minute and key ("Api:CallsPerMinute", default 60): a fixed window partitioned by the key's id, so one
/// institution's batch job cannot starve another. The limiter runs after authorization, so every limited call has a key.
/// 429 with Retry-After as problem+json (<see cref="TooManyRequestsPage"/> answers /api that way).
/// </summary>
public static class ApiRateLimit
{
    public const string Policy = "api";

    public static IServiceCollection AddApiRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = Math.Max(1, configuration.GetValue("Api:CallsPerMinute", 60));
        return services.AddRateLimiter(limiter =>
        {
            TooManyRequestsPage.Use(limiter);
            limiter.AddPolicy(Policy, http => ApiKeyAuthentication.CallerOf(http.User) is { } caller
                ? RateLimitPartition.GetFixedWindowLimiter($"api:{caller.KeyId}",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("api:none"));
        });
    }
}
