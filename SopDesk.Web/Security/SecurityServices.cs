using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using SopDesk.Data;
using SopDesk.Data.Entities;

namespace SopDesk.Web.Security;

public static class SecurityServices
{
    /// <summary>Identity on the SopDesk database; every page needs sign-in unless it says otherwise.</summary>
    /// <summary>The server-side sessions and <see cref="CurrentStaff"/>, the one way to learn who acts now.</summary>
    public static IServiceCollection AddStaffSessions(this IServiceCollection services, SessionSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton<StaffSessions>();
        services.AddSingleton<CurrentStaff>();
        return services;
    }

    public static IServiceCollection AddStaffSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStaffSessions(SessionSettings.Read(configuration));
        services.AddSingleton(CommonPasswords.Load());
        services.AddSingleton<PasswordRules>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<StaffSignIn>();
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/masuk";
            cookie.AccessDeniedPath = "/ditolak";
            // The server-side session decides idleness and the end of a sign-in; the cookie only bounds a working day.
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = StaffCookieValidation.ValidateAsync;
            cookie.Cookie.Name = "SopDesk.Masuk";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddIdentityCore<StaffUser>(o =>
            {
                o.Password.RequiredLength = PasswordRules.MinLength; // digits, small and capital letters: Identity's defaults, as PasswordRules
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SopDeskDbContext>()
            .AddSignInManager<StaffSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddErrorDescriber<IndonesianIdentityErrors>()
            .AddPasswordValidator<StaffPasswordValidator>()
            .AddDefaultTokenProviders();
        // An open Blazor circuit never presents the cookie again: StaffSessions.Ended tells it when its session ends.
        services.AddScoped<AuthenticationStateProvider, StaffRevalidatingAuthenticationStateProvider>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
