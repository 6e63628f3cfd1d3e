namespace SopDesk.Data.Entities;

/// <summary>
/// One step instance of a case (the engine's bookmark while open): where it waits, since when, until when,
/// and once done who did it, in what capacity, with what outcome.
/// </summary>
public sealed class WorkItemRecord
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    /// <summary>The case's SOP, copied here because step ids repeat across SOPs and the inbox and dashboards filter by SOP.</summary>
    public string DefinitionId { get; set; } = "";
    public int Sequence { get; set; }
    public string StepId { get; set; } = "";
    public string LaneId { get; set; } = "";
    /// <summary>The lane's roles, delimited as "|kabid|sekretaris|" so a role filter is one LIKE.</summary>
    public string Roles { get; set; } = "";
    public int Visit { get; set; }
    public WorkItemStatus Status { get; set; }
    public DateTimeOffset ArrivedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    /// <summary>When the pemohon's own limit on this step runs out (the step's applicantLimit); null when it has none.</summary>
    public DateTimeOffset? ApplicantDueAt { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public string? ActorUserId { get; set; }
    public string? ActorName { get; set; }
    public string? ActingAs { get; set; }
    public string? OutcomeId { get; set; }
    public string? Note { get; set; }
    public string? ValuesJson { get; set; }
    /// <summary>The officer holding the open item (claimed, reassigned or disposed to them); null while in the lane's pool.</summary>
    public string? HolderUserId { get; set; }
    public string? HolderName { get; set; }
    /// <summary>Claim, Reassigned or Disposisi (the engine's HoldKind).</summary>
    public string? HoldKind { get; set; }
    public DateTimeOffset? HeldSince { get; set; }
    /// <summary>The superior who reassigned or disposed the item.</summary>
    public string? HeldByUserId { get; set; }
    public string? HeldByName { get; set; }
    /// <summary>The disposisi instruction or the reassignment's reason.</summary>
    public string? Instruction { get; set; }
    /// <summary>When the recipient of a disposisi first opened the berkas.</summary>
    public DateTimeOffset? SeenAt { get; set; }
    /// <summary>Office working time the step took, in minutes (set when done): what the dashboards aggregate.</summary>
    public int? WorkingMinutes { get; set; }
    /// <summary>DueSoon or Overdue as the SLA watcher last marked it; null while on time or without a due time.</summary>
    public string? SlaState { get; set; }
    /// <summary>Concurrency token: every update increments it, and an update expecting an old value fails.</summary>
    public int Version { get; set; }

    public CaseRecord? Case { get; set; }

    public static string EncodeRoles(IEnumerable<string> roles) => "|" + string.Join("|", roles) + "|";
}

public enum WorkItemStatus { Open, Done }
