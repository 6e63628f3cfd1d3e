using System.Security.Claims;
using SopDesk.Web.Security;

namespace SopDesk.Tests.Web;

/// <summary>Signed-in principals as the sign-in cookie carries them (id, name, roles), for services and pages under test.</summary>
internal static class TestPrincipals
{
    public static ClaimsPrincipal Of(string userId, string name, params string[] roles) =>
        new(new ClaimsIdentity(
            [new(ClaimTypes.NameIdentifier, userId), new(ClaimTypes.Name, name), new(ActorFactory.FullNameClaim, name), .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
            "test"));
}
