using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Security;

namespace SopDesk.Tests.Web;

/// <summary>
/// Signed-in officers for services and pages under test, as the sign-in gives them: the officer exists in the database
/// with these roles (created if missing), a live session row is opened for them, and the principal carries its id.
/// </summary>
internal static class TestPrincipals
{
    public static async Task<ClaimsPrincipal> SignedInAsync(IServiceProvider services, string userId, string name, params string[] roles)
    {
        await using (var db = await services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync())
        {
            if (!await db.Users.AnyAsync(u => u.Id == userId))
                db.Users.Add(new StaffUser { Id = userId, UserName = userId, NormalizedUserName = userId.ToUpperInvariant(), FullName = name, IsActive = true });
            foreach (var role in roles)
            {
                var row = await db.Roles.FirstOrDefaultAsync(r => r.Name == role) ?? db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() }).Entity;
                if (!await db.UserRoles.AnyAsync(l => l.UserId == userId && l.RoleId == row.Id))
                    db.UserRoles.Add(new IdentityUserRole<string> { UserId = userId, RoleId = row.Id });
            }
            await db.SaveChangesAsync();
        }
        var session = await services.GetRequiredService<StaffSessions>().OpenAsync(userId, null);
        return new(new ClaimsIdentity(
            [new(ClaimTypes.NameIdentifier, userId), new(ClaimTypes.Name, name), new(ActorFactory.FullNameClaim, name),
                new(CurrentStaff.SessionIdClaim, session.ToString()), .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
            "test"));
    }

    /// <summary>A session for a principal the app's own sign-in manager built (as the sign-in does after the password).</summary>
    public static async Task<ClaimsPrincipal> WithSessionAsync(IServiceProvider services, ClaimsPrincipal principal)
    {
        var session = await services.GetRequiredService<StaffSessions>().OpenAsync(principal.FindFirstValue(ClaimTypes.NameIdentifier)!, null);
        var identity = new ClaimsIdentity(principal.Identity as ClaimsIdentity);
        identity.AddClaim(new Claim(CurrentStaff.SessionIdClaim, session.ToString()));
        return new ClaimsPrincipal(identity);
    }
}
