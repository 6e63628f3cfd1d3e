using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SopDesk.Data.Entities;

namespace SopDesk.Web.Security;

/// <summary>Every sign-in opens a server-side session and puts its id in the cookie (<see cref="CurrentStaff.SessionIdClaim"/>).</summary>
public sealed class StaffSignInManager(UserManager<StaffUser> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<StaffUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<StaffUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffUser> confirmation, StaffSessions sessions)
    : SignInManager<StaffUser>(users, http, claims, options, logger, schemes, confirmation)
{
    public override async Task SignInWithClaimsAsync(StaffUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var session = await sessions.OpenAsync(user.Id, Context.Connection.RemoteIpAddress?.ToString());
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims, new Claim(CurrentStaff.SessionIdClaim, session.ToString())]);
    }
}
