using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace SopDesk.Web.Security;

/// <summary>
/// Ends an open circuit's sign-in as soon as its session ends: <see cref="StaffSessions.Ended"/> tells it at once
/// (roles changed, deactivation, password reset, sign-out or idleness in another tab), and a periodic recheck is the
/// backstop. The page then goes to the sign-in page with the reason (<see cref="EndedClaim"/>).
/// </summary>
public sealed class StaffRevalidatingAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    /// <summary>Carried by the signed-out principal that replaces an ended one: why it ended (a <see cref="StaffCheck.Ended"/> key), for the sign-in page.</summary>
    public const string EndedClaim = "sopdesk:ended";

    private readonly CurrentStaff _current;
    private readonly StaffSessions _sessions;

    public StaffRevalidatingAuthenticationStateProvider(ILoggerFactory loggers, CurrentStaff current, StaffSessions sessions) : base(loggers)
    {
        (_current, _sessions) = (current, sessions);
        _sessions.Ended += OnSessionsEnded;
    }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        (await _current.CheckAsync(authenticationState.User, activity: false, cancellationToken)).Actor is not null;

    private async void OnSessionsEnded(string userId)
    {
        try
        {
            var user = (await GetAuthenticationStateAsync()).User;
            if (user.FindFirstValue(ClaimTypes.NameIdentifier) != userId) return;
            var check = await _current.CheckAsync(user, activity: false);
            if (check.Ended is { } ended)
                SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity([new Claim(EndedClaim, ended)])))));
        }
        catch (ObjectDisposedException)
        {
            // A circuit being torn down may no longer answer; the periodic recheck remains.
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _sessions.Ended -= OnSessionsEnded;
        base.Dispose(disposing);
    }
}
