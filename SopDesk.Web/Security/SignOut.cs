using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Security;

/// <summary>
/// POST /keluar: ends the server-side session (so a copy of the cookie is refused from now on) and removes the
/// cookie. The antiforgery middleware only records whether the token is valid; we refuse here.
/// </summary>
public static class SignOut
{
    public static async Task<IResult> HandleAsync(HttpContext http, IAntiforgery antiforgery, SignInManager<StaffUser> signIn, SopDeskDbContext db,
        OfficeTime time, CurrentStaff current, StaffSessions sessions)
    {
        if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest("Permintaan keluar tidak sah.");
        if (await current.CheckAsync(http.User, activity: false) is { Actor: { } actor })
        {
            await sessions.EndAsync(CurrentStaff.SessionOf(http.User)!.Value, StaffSessionEnd.SignedOut);
            db.Journal.Add(JournalRecord.For(actor, time.Now, JournalActions.SignOut, "Keluar", actingAs: "", ipAddress: http.Connection.RemoteIpAddress?.ToString()));
            await db.SaveChangesAsync();
        }
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/masuk");
    }
}
