using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace SopDesk.Web.Layanan.Accounts;

/// <summary>
/// The public side's own sign-in: a cookie scheme of its own (name and path apart from the staff cookie), read only by the
/// pages and endpoints that name <see cref="Policy"/>. A staff cookie is never read on /layanan and this one never on the
/// back-office, whose default scheme is Identity's.
/// </summary>
public static class LayananAuth
{
    public const string Scheme = "Layanan";
    public const string Policy = "layanan";
    public const string CookieName = "SopDesk.Layanan";
    public const string AccountIdClaim = "layanan:account";
    public const string StampClaim = "layanan:stamp";
    public const string SignInPath = "/layanan/masuk";

    public static IServiceCollection AddLayananAuth(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.Path = "/layanan";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = SignInPath;
            cookie.AccessDeniedPath = SignInPath;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(AccountIdClaim));
        services.AddScoped<CurrentApplicant>();
        return services;
    }

    public static Guid? AccountId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(AccountIdClaim), out var id) ? id : null;
}
