namespace SopDesk.Data.Entities;

/// <summary>
/// One sign-in of an officer. The sign-in cookie carries its id and is honoured only while this row is open, so
/// sign-out, idleness and an administrator's change (roles, deactivation, password) end the cookie on the server.
/// </summary>
public sealed class StaffSessionRecord
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The last request, server action or page interaction (written at most once a minute).</summary>
    public DateTimeOffset LastActivityAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    /// <summary>Why it ended: one of <c>StaffSessionEnd</c>'s names (SignedOut, Idle, RolesChanged, Deactivated, PasswordChanged).</summary>
    public string? EndReason { get; set; }
    public string? IpAddress { get; set; }
}
