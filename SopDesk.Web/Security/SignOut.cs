using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Security;

/// <summary>POST /keluar. The antiforgery middleware only records whether the token is valid; we refuse here.</summary>
public static class SignOut
{
    public static async Task<IResult> HandleAsync(HttpContext http, IAntiforgery antiforgery, SignInManager<StaffUser> signIn, SopDeskDbContext db, OfficeTime time)
    {
        if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest("Permintaan keluar tidak sah.");
        if (http.User.Identity?.IsAuthenticated == true)
        {
            var actor = ActorFactory.FromPrincipal(http.User);
            db.Journal.Add(JournalRecord.For(actor, time.Now, JournalActions.SignOut, "Keluar", actingAs: "", ipAddress: http.Connection.RemoteIpAddress?.ToString()));
            await db.SaveChangesAsync();
        }
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/masuk");
    }
}
