using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SopDesk.Data.Entities;

namespace SopDesk.Web.Security;

/// <summary>Adds the officer's full name and NIP to the sign-in cookie, so pages, the journal and a paraf can name them.</summary>
public sealed class StaffClaimsFactory(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ActorFactory.FullNameClaim, user.FullName));
        if (!string.IsNullOrEmpty(user.Nip)) identity.AddClaim(new Claim(ActorFactory.NipClaim, user.Nip));
        return identity;
    }
}
