namespace SopDesk.Data.Entities;

/// <summary>
/// One step instance of a case (the engine's bookmark while open): where it waits, since when, until when,
/// and once done who did it, in what capacity, with what outcome.
/// </summary>
public sealed class WorkItemRecord
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public int Sequence { get; set; }
    public string StepId { get; set; } = "";
    public string LaneId { get; set; } = "";
    /// <summary>The lane's roles, delimited as "|kabid|sekretaris|" so a role filter is one LIKE.</summary>
    public string Roles { get; set; } = "";
    public int Visit { get; set; }
    public WorkItemStatus Status { get; set; }
    public DateTimeOffset ArrivedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public string? ActorUserId { get; set; }
    public string? ActorName { get; set; }
    public string? ActingAs { get; set; }
    public string? OutcomeId { get; set; }
    public string? Note { get; set; }
    public string? ValuesJson { get; set; }
    /// <summary>Who has taken the item to work on (issue 4's claim); null while unclaimed.</summary>
    public string? ClaimedByUserId { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    /// <summary>Concurrency token: every update increments it, and an update expecting an old value fails.</summary>
    public int Version { get; set; }

    public CaseRecord? Case { get; set; }

    public static string EncodeRoles(IEnumerable<string> roles) => "|" + string.Join("|", roles) + "|";
}

public enum WorkItemStatus { Open, Done }
