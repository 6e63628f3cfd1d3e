using SopDesk.Workflows.Engine;

namespace SopDesk.Data.Entities;

/// <summary>
/// One line of the append-only journal: who, as what, when, what, from where. Database triggers refuse
/// any UPDATE or DELETE of these rows.
/// </summary>
public sealed class JournalRecord
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? CaseId { get; set; }
    public string ActorUserId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public string ActingAs { get; set; } = "";
    /// <summary>CaseStarted, StepCompleted, Paraf, Signed, SignIn, SignInFailed, PersonalDataViewed…</summary>
    public string Action { get; set; } = "";
    public string? StepId { get; set; }
    public string? OutcomeId { get; set; }
    public string Detail { get; set; } = "";
    public string? IpAddress { get; set; }

    /// <summary>
    /// A line for an officer's act outside the engine (a view, a download, an administrator's change). ActingAs is
    /// the roles the officer held, unless a capacity is given.
    /// </summary>
    public static JournalRecord For(Actor actor, DateTimeOffset at, string action, string detail, Guid? caseId = null, string? stepId = null,
        string? actingAs = null, string? ipAddress = null) => new()
    {
        At = at, CaseId = caseId, ActorUserId = actor.UserId, ActorName = actor.Name,
        ActingAs = actingAs ?? string.Join(",", actor.Roles.Order(StringComparer.Ordinal)),
        Action = action, StepId = stepId, Detail = detail, IpAddress = ipAddress,
    };
}
