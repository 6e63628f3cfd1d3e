using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using SopDesk.Data;
using SopDesk.Data.Entities;

namespace SopDesk.Web.Security;

public static class SecurityServices
{
    /// <summary>Identity on the SopDesk database; every page needs sign-in unless it says otherwise.</summary>
    public static IServiceCollection AddStaffSignIn(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/masuk";
            cookie.AccessDeniedPath = "/ditolak";
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            cookie.SlidingExpiration = true;
            cookie.Cookie.Name = "SopDesk.Masuk";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddIdentityCore<StaffUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SopDeskDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddErrorDescriber<IndonesianIdentityErrors>()
            .AddDefaultTokenProviders();
        // Deactivating an officer or resetting their password changes their security stamp. The cookie
        // handler compares the stamp only every ValidationInterval (default 30 minutes, during which a
        // deactivated officer could keep working); one minute bounds that to a minute for one extra user
        // lookup per officer per minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        // An open Blazor circuit never presents the cookie again: it is rechecked on the same interval.
        services.AddScoped<AuthenticationStateProvider, StaffRevalidatingAuthenticationStateProvider>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
