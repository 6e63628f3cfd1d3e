using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Security;

/// <summary>Who may administer SopDesk: the check on the sign-in, and the re-check against the database before a change.</summary>
public static class Administrators
{
    /// <summary>The one administrator rule: the officer holds the administrator role.</summary>
    public static bool IsAdministrator(Actor actor) => actor.Roles.Contains(Roles.Admin);

    /// <summary>A signed-in principal holding the administrator role (what the cookie says).</summary>
    public static bool IsAdministrator(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true && IsAdministrator(ActorFactory.FromPrincipal(user));

    /// <summary>
    /// The account is active and still holds the administrator role in the database, so an account deactivated
    /// or stripped of the role a moment ago cannot act on its old cookie.
    /// </summary>
    public static Task<bool> IsActiveAsync(SopDeskDbContext db, string userId, CancellationToken ct = default) =>
        db.Users.AnyAsync(u => u.Id == userId && u.IsActive
            && db.UserRoles.Any(link => link.UserId == u.Id && db.Roles.Any(r => r.Id == link.RoleId && r.Name == Roles.Admin)), ct);
}
