namespace SopDesk.Web.Security;

/// <summary>Why a sign-in session ended; stored by name in <c>StaffSessions.EndReason</c>.</summary>
public enum StaffSessionEnd
{
    SignedOut,
    Idle,
    RolesChanged,
    Deactivated,
    PasswordChanged,
}
