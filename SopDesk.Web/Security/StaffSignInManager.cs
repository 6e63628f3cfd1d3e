using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SopDesk.Data.Entities;

namespace SopDesk.Web.Security;

/// <summary>
/// Every sign-in opens a server-side session and puts its id in the cookie (<see cref="CurrentStaff.SessionIdClaim"/>);
/// <see cref="SignInJournaledAsync"/> writes the sign-in's journal line in the session's commit (one write to disk).
/// </summary>
public sealed class StaffSignInManager(UserManager<StaffUser> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<StaffUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<StaffUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffUser> confirmation, StaffSessions sessions)
    : SignInManager<StaffUser>(users, http, claims, options, logger, schemes, confirmation)
{
    private JournalRecord? _journal;

    /// <summary>Signs in (not persistent) and journals <paramref name="journal"/> with the new session, in one commit.</summary>
    public async Task SignInJournaledAsync(StaffUser user, JournalRecord journal)
    {
        _journal = journal;
        try
        {
            await SignInAsync(user, isPersistent: false);
        }
        finally
        {
            _journal = null;
        }
    }

    public override async Task SignInWithClaimsAsync(StaffUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var journal = _journal;
        _journal = null; // one line per sign-in, even if a caller signs in again on this scope
        var session = await sessions.OpenAsync(user.Id, Context.Connection.RemoteIpAddress?.ToString(), journal: journal);
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims, new Claim(CurrentStaff.SessionIdClaim, session.ToString())]);
    }
}
