using System.Collections.Immutable;

namespace SopDesk.Workflows.Engine;

public enum CaseStatus
{
    /// <summary>A step is open and the office's clock runs (or an external party's).</summary>
    Active,
    /// <summary>The berkas is back with the applicant (tidak lengkap); the office's clock does not run.</summary>
    WaitingOnApplicant,
    Closed,
}

/// <summary>
/// A case (berkas) as the engine sees it. Owned by the caller, passed in and out as a plain value:
/// the engine never stores it. Exactly one work item is open while the case is not closed.
/// </summary>
public sealed record CaseState
{
    public required Guid CaseId { get; init; }
    public required string DefinitionId { get; init; }
    /// <summary>Content hash of the definition version the case started on; it keeps running on it.</summary>
    public required string DefinitionHash { get; init; }
    public required CaseStatus Status { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    /// <summary>The end reached (selesai, dikembalikan, damai…) once closed.</summary>
    public string? EndId { get; init; }
    /// <summary>The open work item (the bookmark), null once closed.</summary>
    public WorkItemState? OpenItem { get; init; }
    /// <summary>Form values recorded so far, by field id (later steps may overwrite).</summary>
    public ImmutableDictionary<string, string> Data { get; init; } = ImmutableDictionary<string, string>.Empty;
    /// <summary>How many times each step has been entered.</summary>
    public ImmutableDictionary<string, int> Visits { get; init; } = ImmutableDictionary<string, int>.Empty;
    /// <summary>Number of work items ever opened in this case; numbers the next one.</summary>
    public int ItemCount { get; init; }

    public int VisitsOf(string stepId) => Visits.GetValueOrDefault(stepId);
}

/// <summary>
/// An open step instance: what is awaited, in which lane, since when and until when.
/// Elsa would call it a bookmark; the inbox lists these.
/// </summary>
public sealed record WorkItemState
{
    public required Guid Id { get; init; }
    /// <summary>1, 2, 3… within the case.</summary>
    public required int Sequence { get; init; }
    public required string StepId { get; init; }
    public required string LaneId { get; init; }
    public required DateTimeOffset ArrivedAt { get; init; }
    /// <summary>Null when the office's clock does not run on it (applicant's turn).</summary>
    public DateTimeOffset? DueAt { get; init; }
    /// <summary>Which visit of the step this item is (1 for the first time).</summary>
    public required int Visit { get; init; }
}
