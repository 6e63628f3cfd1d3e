using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace SopDesk.Web.Security;

/// <summary>
/// Each request's cookie is honoured only while its server-side session is open, not idle and its account active
/// (one small query; activity is written at most once a minute). A refused cookie is removed and the request is
/// treated as signed out, so a cookie copied before sign-out is worthless after it.
/// </summary>
public static class StaffCookieValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal) return;
        var current = context.HttpContext.RequestServices.GetRequiredService<CurrentStaff>();
        if ((await current.CheckAsync(principal, activity: true, context.HttpContext.RequestAborted)).Actor is not null) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }
}
