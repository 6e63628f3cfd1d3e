using System.Collections.Immutable;

namespace SopDesk.Workflows.Engine;

/// <summary>A command an officer gives on a case.</summary>
public abstract record CaseCommand;

/// <summary>
/// Finish the open work item <paramref name="WorkItemId"/>: record the step's form values and, for a
/// step with outcomes, the chosen outcome. The item id makes a second completion of the same item fail.
/// </summary>
public sealed record CompleteStep(
    Guid WorkItemId,
    string? OutcomeId,
    ImmutableDictionary<string, string> Values,
    string? Note) : CaseCommand
{
    /// <summary>On a disposisi step: the officer the next step is routed to (the note is the instruction).</summary>
    public StaffRef? DisposeTo { get; init; }

    public static CompleteStep Of(Guid workItemId, string? outcomeId = null, string? note = null, params (string Field, string Value)[] values) =>
        new(workItemId, outcomeId, values.ToImmutableDictionary(v => v.Field, v => v.Value), note);
}

/// <summary>Close a berkas that waits on the applicant and was not resubmitted (ends as returned).</summary>
public sealed record CloseReturnedCase(Guid WorkItemId, string Note) : CaseCommand;

/// <summary>
/// Open a new case on a definition and complete its first step with <paramref name="Values"/>
/// (for applicant SOPs: the front desk records the submission; for internal SOPs: the first task).
/// </summary>
public sealed record StartCase(
    Guid CaseId,
    ImmutableDictionary<string, string> Values,
    string? Note) : CaseCommand
{
    public static StartCase Of(Guid caseId, params (string Field, string Value)[] values) =>
        new(caseId, values.ToImmutableDictionary(v => v.Field, v => v.Value), null);
}

/// <summary>Take an open item from the lane's pool, so colleagues see who is working on it.</summary>
public sealed record ClaimItem(Guid WorkItemId) : CaseCommand;

/// <summary>Put a held item back into the lane's pool.</summary>
public sealed record ReleaseItem(Guid WorkItemId) : CaseCommand;

/// <summary>A superior gives an open item to another officer who may act on it, with a reason (journaled).</summary>
public sealed record ReassignItem(Guid WorkItemId, StaffRef To, string Reason) : CaseCommand;

/// <summary>A superior routes an open item to a named officer with an instruction (disposisi).</summary>
public sealed record DisposeItem(Guid WorkItemId, StaffRef To, string Instruction) : CaseCommand;

/// <summary>The one who gave a disposisi takes it back, while its recipient has not opened the berkas yet.</summary>
public sealed record WithdrawDisposisi(Guid WorkItemId) : CaseCommand;

/// <summary>
/// The pemohon's own time limit on the open item ran out: close the berkas to the end the step's applicantLimit declares,
/// or (for "alert") only record it so the lane is told. Given by the SLA watcher as <see cref="CaseInterpreter.System"/>;
/// refused while the item is not open any more or its limit has not run out.
/// </summary>
public sealed record ExpireApplicantLimit(Guid WorkItemId) : CaseCommand;
