namespace SopDesk.Web.Security;

/// <summary>"Security:IdleTimeout" (default 30 minutes): an officer idle that long is signed out; warned <see cref="Warning"/> before.</summary>
public sealed record SessionSettings(TimeSpan IdleTimeout)
{
    /// <summary>How long before the idle sign-out the page offers "Tetap masuk".</summary>
    public TimeSpan Warning => IdleTimeout > TimeSpan.FromMinutes(4) ? TimeSpan.FromMinutes(2) : IdleTimeout / 2;

    /// <summary>Activity is written to the session row at most this often, so a busy officer costs no write per request.</summary>
    public static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    public static SessionSettings Read(IConfiguration configuration) =>
        new(configuration.GetValue("Security:IdleTimeout", TimeSpan.FromMinutes(30)));
}
