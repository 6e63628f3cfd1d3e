namespace SopDesk.Data.Entities;

/// <summary>
/// A promise the office did not keep, recorded once: a step past its time target, or a whole case past its
/// deadline (<see cref="Kind"/>). Written by the SLA watcher the moment it happens (or by the completion of a
/// step that ended late while nobody watched), resolved when the step or case is done.
/// </summary>
public sealed class SlaBreachRecord
{
    public long Id { get; set; }
    /// <summary>"item:{work item id}" or "case:{case id}": unique, so a breach is recorded once whoever sees it first.</summary>
    public string Key { get; set; } = "";
    public SlaBreachKind Kind { get; set; }
    public Guid CaseId { get; set; }
    public Guid? WorkItemId { get; set; }
    public string DefinitionId { get; set; } = "";
    public string? StepId { get; set; }
    public string? LaneId { get; set; }
    /// <summary>The target as the SOP words it, e.g. "2 hari kerja".</summary>
    public string Target { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset DetectedAt { get; set; }
    /// <summary>Who held the item (by name) when it became late; null when it sat in the lane's pool.</summary>
    public string? HolderUserId { get; set; }
    public string? HolderName { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    /// <summary>Working time the step took in all, once done.</summary>
    public int? ActualWorkingMinutes { get; set; }
    /// <summary>Working time past the target, once done.</summary>
    public int? LateWorkingMinutes { get; set; }
    /// <summary>When the superior of the lane was told (after the grace period).</summary>
    public DateTimeOffset? EscalatedAt { get; set; }
    public string? EscalatedToRole { get; set; }

    public static string ItemKey(Guid workItemId) => $"item:{workItemId:N}";
    public static string CaseKey(Guid caseId) => $"case:{caseId:N}";
}

public enum SlaBreachKind { Step, CaseDeadline }
