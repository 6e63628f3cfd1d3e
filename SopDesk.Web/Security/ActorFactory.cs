using System.Collections.Immutable;
using System.Security.Claims;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Security;

/// <summary>The engine's actor for a signed-in officer: id, full name and the roles (lanes) they hold.</summary>
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
