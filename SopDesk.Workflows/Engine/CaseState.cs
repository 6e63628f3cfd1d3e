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
    /// <summary>
    /// How many times each outcome was chosen, by <see cref="OutcomeKey"/> — what revision loops count. The store
    /// rebuilds it from the completed items' outcomes, so it is history, not a counter kept beside it.
    /// </summary>
    public ImmutableDictionary<string, int> Chosen { get; init; } = ImmutableDictionary<string, int>.Empty;
    /// <summary>Number of work items ever opened in this case; numbers the next one.</summary>
    public int ItemCount { get; init; }

    public int VisitsOf(string stepId) => Visits.GetValueOrDefault(stepId);

    public int TimesChosen(string stepId, string outcomeId) => Chosen.GetValueOrDefault(OutcomeKey(stepId, outcomeId));

    /// <summary>Outcome ids are unique within a step only.</summary>
    public static string OutcomeKey(string stepId, string outcomeId) => $"{stepId}/{outcomeId}";

    /// <summary>The tally of chosen outcomes from completed items' (step, outcome) pairs, as stored.</summary>
    public static ImmutableDictionary<string, int> Tally(IEnumerable<(string StepId, string? OutcomeId)> completed) =>
        completed.Where(c => c.OutcomeId is not null)
            .GroupBy(c => OutcomeKey(c.StepId, c.OutcomeId!))
            .ToImmutableDictionary(g => g.Key, g => g.Count());

    /// <summary>The same state, with <paramref name="userIds"/> recorded as having read the berkas since the open item arrived.</summary>
    public CaseState WithReaders(IEnumerable<string> userIds) =>
        OpenItem is null ? this : this with { OpenItem = OpenItem with { ReadBy = OpenItem.ReadBy.Union(userIds) } };
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
    /// <summary>When the pemohon's own limit on this step runs out (the step's applicantLimit); null when it has none.</summary>
    public DateTimeOffset? ApplicantDueAt { get; init; }
    /// <summary>Which visit of the step this item is (1 for the first time).</summary>
    public required int Visit { get; init; }
    /// <summary>The officer holding the item (claimed, reassigned or disposed to them); null while in the lane's pool.</summary>
    public ItemHolder? Holder { get; init; }
    /// <summary>The stored row's concurrency token, as loaded: a change expecting an older value is refused.</summary>
    public int Version { get; init; }
    /// <summary>
    /// Officers (user ids) who have read the berkas for this item since it arrived — the caller fills it from the
    /// journal. A sign step is completed only by one of them (read before signing).
    /// </summary>
    public ImmutableHashSet<string> ReadBy { get; init; } = ImmutableHashSet<string>.Empty;
}

public enum HoldKind
{
    /// <summary>The officer took the item from the lane's pool.</summary>
    Claim,
    /// <summary>A superior gave the item to another officer of the lane, with a reason.</summary>
    Reassigned,
    /// <summary>A superior routed the berkas to a named officer with an instruction.</summary>
    Disposisi,
}

/// <summary>Who holds an open item, since when, and — when someone else gave it to them — who and why.</summary>
public sealed record ItemHolder(
    string UserId,
    string Name,
    HoldKind Kind,
    DateTimeOffset Since,
    string? ByUserId = null,
    string? ByName = null,
    /// <summary>The disposisi instruction or the reassignment's reason.</summary>
    string? Instruction = null,
    /// <summary>When the recipient of a disposisi first opened the berkas (a disposisi can be withdrawn until then).</summary>
    DateTimeOffset? SeenAt = null);

/// <summary>An officer named as the target of a reassignment or disposisi, with the roles they hold.</summary>
public sealed record StaffRef(string UserId, string Name, System.Collections.Immutable.ImmutableHashSet<string> Roles)
{
    public Actor AsActor() => new(UserId, Name, Roles);
}
