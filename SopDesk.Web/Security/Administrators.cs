using System.Security.Claims;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Security;

/// <summary>
/// Who may administer SopDesk: an officer whose live session's account holds the administrator role in the database
/// now (<see cref="CurrentStaff"/>), so an account deactivated or stripped of the role a moment ago cannot act.
/// </summary>
public static class Administrators
{
    /// <summary>The administrator acting now, or the refusal (<paramref name="refusal"/> when the officer is not one).</summary>
    public static async Task<StaffCheck> CheckAdministratorAsync(this CurrentStaff current, ClaimsPrincipal user, string refusal, CancellationToken ct = default)
    {
        var check = await current.CheckAsync(user, ct: ct);
        return check.Actor is { } actor && !IsAdministrator(actor) ? new StaffCheck(null, refusal) : check;
    }

    /// <summary>The one administrator rule: the officer holds the administrator role.</summary>
    public static bool IsAdministrator(Actor actor) => actor.Roles.Contains(Roles.Admin);

    /// <summary>A signed-in principal holding the administrator role (what the cookie says).</summary>
    public static bool IsAdministrator(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true && IsAdministrator(ActorFactory.FromPrincipal(user));

    /// <summary>For reads: the administrator acting now; throws <see cref="UnauthorizedAccessException"/> otherwise.</summary>
    public static async Task<Actor> RequireAdministratorAsync(this CurrentStaff current, ClaimsPrincipal user, string refusal, CancellationToken ct = default)
    {
        var check = await current.CheckAdministratorAsync(user, refusal, ct);
        return check.Actor ?? throw new UnauthorizedAccessException(check.Refusal);
    }
}
