using System.Collections.Immutable;

namespace SopDesk.Workflows.Engine;

/// <summary>What the interpreter answers: a new state with its journal, or a typed refusal.</summary>
public abstract record EngineResult
{
    public bool IsAccepted => this is Accepted;
}

/// <summary>
/// The command is accepted. The caller persists all of it in one transaction: the new state, the
/// closed item (if any), the opened item (if any) and the journal entries.
/// </summary>
public sealed record Accepted(
    CaseState State,
    CompletedItem? Closed,
    WorkItemState? Opened,
    ImmutableArray<JournalEntry> Journal) : EngineResult;

/// <summary>
/// The open item stays open but changes hands (claim, release, reassignment, disposisi, withdrawal).
/// The caller writes it only if the stored item still has <paramref name="ExpectedVersion"/>.
/// </summary>
public sealed record HolderChanged(
    Guid CaseId,
    WorkItemState Item,
    int ExpectedVersion,
    JournalEntry Entry) : EngineResult;

/// <summary>
/// The pemohon's limit on the open item ran out and the SOP says "alert": the berkas stays where it is; the caller records
/// <paramref name="Entry"/> and tells the lane, once.
/// </summary>
public sealed record ApplicantLimitAlert(Guid CaseId, WorkItemState Item, JournalEntry Entry) : EngineResult;

/// <summary>The item that was open and is now done: who did it, in what capacity, with what outcome.</summary>
public sealed record CompletedItem(
    WorkItemState Item,
    DateTimeOffset DoneAt,
    string ActorUserId,
    string ActorName,
    /// <summary>The role the actor acted in, e.g. "kasi", or "Plh. kabid" under a substitution.</summary>
    string ActingAs,
    string? OutcomeId,
    string? Note,
    ImmutableDictionary<string, string> Values)
{
    /// <summary>Office working time from the item's arrival to <see cref="DoneAt"/>.</summary>
    public TimeSpan WorkingTime { get; init; }

    /// <summary>Working time past the due instant; null when done in time or when the step had no due time.</summary>
    public TimeSpan? LateBy { get; init; }
}

public enum RefusalReason
{
    NotYourLane,
    /// <summary>The item is no longer open (done by someone else, or an old page).</summary>
    StepAlreadyDone,
    InvalidInput,
    CaseClosed,
    UnknownOutcome,
    /// <summary>An outcome not offered now (loop bound reached, too few visits).</summary>
    OutcomeNotAllowed,
    /// <summary>The command does not fit the case's state (e.g. closing a case that is not returned).</summary>
    NotAllowedNow,
    WrongDefinition,
    /// <summary>Another officer holds the item (claimed, reassigned or disposed to them).</summary>
    HeldByOther,
    /// <summary>Only a superior may reassign or dispose.</summary>
    NotSupervisor,
    /// <summary>A sign step is completed only after the signer has read the berkas since the step arrived.</summary>
    NotReadBeforeSigning,
}

/// <summary>The command is refused; nothing changes. <paramref name="FieldErrors"/> by field id, for forms.</summary>
public sealed record Refused(
    RefusalReason Reason,
    string Message,
    ImmutableDictionary<string, string> FieldErrors) : EngineResult
{
    public static Refused Because(RefusalReason reason, string message) =>
        new(reason, message, ImmutableDictionary<string, string>.Empty);
}

public enum JournalAction
{
    CaseStarted,
    StepCompleted,
    ReturnedToApplicant,
    Resubmitted,
    SentBackForCorrection,
    Paraf,
    Signed,
    CaseClosed,
    Claimed,
    Released,
    Reassigned,
    Disposisi,
    DisposisiWithdrawn,
    /// <summary>The pemohon's own time limit on a step ran out (the berkas closed, or the lane was told).</summary>
    ApplicantLimitExpired,
}

/// <summary>One append-only journal line the engine produces (who, as what, when, what).</summary>
public sealed record JournalEntry(
    DateTimeOffset At,
    string ActorUserId,
    string ActorName,
    string ActingAs,
    JournalAction Action,
    string? StepId,
    string? OutcomeId,
    string Detail);

/// <summary>The commands an officer gives on an open item (the UI's buttons, the server's check, one closed set).</summary>
public enum CommandKind { Complete, CloseReturned, Claim, Release, Reassign, Dispose, WithdrawDisposisi }

/// <summary>
/// What an actor may do on a case now — the one answer the UI uses to show buttons and the server
/// uses to check a command before running it.
/// </summary>
public sealed record AllowedAction(
    Guid WorkItemId,
    string StepId,
    CommandKind Command,
    /// <summary>The outcomes this actor may choose now (empty for a step with a single next).</summary>
    ImmutableArray<string> OutcomeIds,
    /// <summary>Role the act is recorded under ("kasi", "Plh. kabid").</summary>
    string ActingAs)
{
    /// <summary>On a complete action: the step's outcomes not offered now, each with why (e.g. "Batas 2 kali revisi sudah tercapai.").</summary>
    public ImmutableDictionary<string, string> UnavailableOutcomes { get; init; } = ImmutableDictionary<string, string>.Empty;
}
