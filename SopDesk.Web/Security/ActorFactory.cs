using System.Collections.Immutable;
using System.Security.Claims;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Security;

/// <summary>
/// The claim names of the sign-in cookie, and the actor exactly as the cookie states it. The cookie may be older than
/// an administrator's last change: a server action or data read asks <see cref="CurrentStaff"/> instead.
/// </summary>
public static class ActorFactory
{
    public const string FullNameClaim = "sopdesk:fullname";
    public const string NipClaim = "sopdesk:nip";

    public static Actor FromPrincipal(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The user is not signed in.");
        var name = user.FindFirstValue(FullNameClaim) ?? user.Identity?.Name ?? id;
        return new Actor(id, name, user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToImmutableHashSet()) { Nip = user.FindFirstValue(NipClaim) };
    }
}
