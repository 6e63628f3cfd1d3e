using System.Collections.Immutable;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Workflows.Engine;

/// <summary>
/// The interpreter: (definition, case state, command, actor, office context, now) → new state + journal,
/// or a typed refusal. No I/O; time comes in as <c>now</c>; due instants come from the calendar.
/// <see cref="AllowedActions"/> runs the same checks as <see cref="Execute"/>, so the buttons the UI shows
/// and the commands the server accepts cannot disagree.
/// </summary>
public sealed partial class CaseInterpreter(WorkingCalendar calendar)
{
    public WorkingCalendar Calendar { get; } = calendar;

    /// <summary>Opens a case and completes its first step with the given values, as <paramref name="actor"/>.</summary>
    public EngineResult Start(SopDefinition definition, StartCase command, Actor actor, OfficeContext office, DateTimeOffset now)
    {
        if (!MayStart(definition, actor, office))
            return NotYourLane(definition, definition.FirstStep);

        var empty = new CaseState
        {
            CaseId = command.CaseId,
            DefinitionId = definition.Id,
            DefinitionHash = definition.ContentHash,
            Status = CaseStatus.Active,
            StartedAt = now,
        };
        var opened = Open(definition, empty, definition.FirstStep, CaseStatus.Active, now);
        var result = Execute(definition, opened, new CompleteStep(opened.OpenItem!.Id, null, command.Values, command.Note), actor, office, now);
        if (result is not Accepted accepted) return result;

        var started = new JournalEntry(now, actor.UserId, actor.Name, accepted.Closed!.ActingAs, JournalAction.CaseStarted,
            definition.FirstStep.Id, null, $"Berkas baru: {definition.Header.Nama}");
        return accepted with { Journal = accepted.Journal.Insert(0, started) };
    }

    public EngineResult Execute(SopDefinition definition, CaseState state, CaseCommand command, Actor actor, OfficeContext office, DateTimeOffset now) =>
        command switch
        {
            CompleteStep complete => Complete(definition, state, complete, actor, office, now),
            CloseReturnedCase close => CloseReturned(definition, state, close, actor, office, now),
            ClaimItem claim => Claim(definition, state, claim, actor, office, now),
            ReleaseItem release => Release(definition, state, release, actor, now),
            ReassignItem reassign => Reassign(definition, state, reassign, actor, office, now),
            DisposeItem dispose => Dispose(definition, state, dispose, actor, office, now),
            WithdrawDisposisi withdraw => Withdraw(definition, state, withdraw, actor, now),
            ExpireApplicantLimit expire => Expire(definition, state, expire, actor, now),
            StartCase => Refused.Because(RefusalReason.NotAllowedNow, "Berkas ini sudah dibuat."),
            _ => Refused.Because(RefusalReason.NotAllowedNow, $"Perintah {command.GetType().Name} tidak dikenal."),
        };

    /// <summary>What <paramref name="actor"/> may do on the case now (empty when nothing).</summary>
    public IReadOnlyList<AllowedAction> AllowedActions(SopDefinition definition, CaseState state, Actor actor, OfficeContext office)
    {
        if (state.OpenItem is not { } item) return [];
        var actions = new List<AllowedAction>();
        AddHolderActions(definition, state, actor, office, actions);
        var (refusal, step, actingAs) = CompletionGuard(definition, state, item.Id, actor, office);
        if (refusal is not null) return actions;

        var outcomes = step.Outcomes.Where(o => IsOutcomeAvailable(definition, state, step, o)).Select(o => o.Id).ToImmutableArray();
        actions.Insert(0, new(item.Id, step.Id, CommandKind.Complete, outcomes, actingAs)
        {
            UnavailableOutcomes = UnavailableOutcomes(definition, state, step).ToImmutableDictionary(),
        });
        if (state.Status == CaseStatus.WaitingOnApplicant && ReturnedEnd(definition) is not null)
            actions.Add(new(item.Id, step.Id, CommandKind.CloseReturned, [], actingAs));
        return actions;
    }

    /// <summary>
    /// Why <paramref name="actor"/> may not complete the open step now (not their lane, held by another, not read
    /// before signing…), or null when they may — the unmet guard the page shows instead of the form.
    /// </summary>
    public Refused? WhyNotComplete(SopDefinition definition, CaseState state, Actor actor, OfficeContext office) =>
        state.OpenItem is { } item ? CompletionGuard(definition, state, item.Id, actor, office).Refusal
            : Refused.Because(RefusalReason.CaseClosed, "Berkas ini sudah ditutup.");

    /// <summary>May the actor start a case of this definition (i.e. act in its first step)?</summary>
    public bool MayStart(SopDefinition definition, Actor actor, OfficeContext office) =>
        LaneAccess.ActingAs(definition, definition.FirstStep, actor, office) is not null;

    private EngineResult Complete(SopDefinition definition, CaseState state, CompleteStep command, Actor actor, OfficeContext office, DateTimeOffset now)
    {
        var (refusal, step, actingAs) = CompletionGuard(definition, state, command.WorkItemId, actor, office);
        if (refusal is not null) return refusal;

        Outcome? outcome = null;
        if (step.HasOutcomes)
        {
            if (string.IsNullOrEmpty(command.OutcomeId))
                return Invalid("outcome", "Pilih hasil langkah ini.");
            outcome = step.Outcomes.FirstOrDefault(o => o.Id == command.OutcomeId);
            if (outcome is null)
                return Refused.Because(RefusalReason.UnknownOutcome, $"Hasil '{command.OutcomeId}' tidak ada pada langkah {step.Number}.");
            if (OutcomeNotAvailableReason(definition, state, step, outcome) is { } notAvailable)
                return Refused.Because(RefusalReason.OutcomeNotAllowed, notAvailable);
            if (outcome.RequiresNote && InputText.CleanNote(command.Note) is null)
                return Invalid("note", $"Tuliskan alasan untuk \"{outcome.Label}\".");
        }
        else if (command.OutcomeId is not null)
        {
            return Refused.Because(RefusalReason.UnknownOutcome, $"Langkah {step.Number} tidak memiliki pilihan hasil.");
        }

        // A required field is satisfied by a value the berkas already holds (a resubmission or a correction
        // sends only what changes), and sending a berkas back needs no data at all; what is sent must be valid.
        var goesBack = outcome?.Kind is OutcomeKind.Return or OutcomeKind.Correction;
        var fields = step.Fields.Select(f => f with { Required = f.Required && !goesBack && !state.Data.ContainsKey(f.Id) });
        // The checklist's ticks are a value of the step, kept with it but not berkas data.
        var hasChecklist = !step.Checklist.IsDefaultOrEmpty;
        var (ticks, checklistError) = hasChecklist ? ChecklistTicks.Check(step, command.Values, outcome, Rejects(definition, outcome)) : (null, null);
        var cleaned = InputText.Clean(step.Fields, hasChecklist ? command.Values.Remove(ChecklistTicks.Key) : command.Values);
        var fieldErrors = FieldValidator.Validate(fields, cleaned, DateOnly.FromDateTime(Calendar.ToLocal(now).DateTime), state.Data);
        if (checklistError is not null)
            return new Refused(RefusalReason.InvalidInput, fieldErrors.IsEmpty ? checklistError : "Periksa kembali isian yang ditandai.",
                fieldErrors.SetItem(ChecklistTicks.Key, checklistError));
        if (!fieldErrors.IsEmpty)
            return new Refused(RefusalReason.InvalidInput, "Periksa kembali isian yang ditandai.", fieldErrors);

        var values = cleaned.Where(v => v.Value.Length > 0).ToImmutableDictionary();
        var note = InputText.CleanNote(command.Note);
        if (note?.Length > InputText.NoteMaxLength)
            return Invalid("note", $"Catatan maksimal {InputText.NoteMaxLength} karakter (terisi {note.Length}).");
        var closed = Completion(state.OpenItem!, now, actor, actingAs, outcome?.Id, note, ticks is null ? values : values.SetItem(ChecklistTicks.Key, ticks));
        var journal = ImmutableArray.Create(new JournalEntry(now, actor.UserId, actor.Name, actingAs,
            ActionOf(state, step, outcome), step.Id, outcome?.Id, Describe(state, step, outcome, note, actingAs, actor.Nip)));

        var moved = state with
        {
            Data = state.Data.SetItems(values),
            Chosen = outcome is null ? state.Chosen
                : state.Chosen.SetItem(CaseState.OutcomeKey(step.Id, outcome.Id), state.TimesChosen(step.Id, outcome.Id) + 1),
        };
        var target = outcome?.Next ?? step.Next!;
        if (definition.IsEnd(target))
            return Close(definition, moved, target, closed, journal, actor, actingAs, now);

        var status = outcome?.Kind == OutcomeKind.Return ? CaseStatus.WaitingOnApplicant : CaseStatus.Active;
        var next = Open(definition, moved, definition.Step(target), status, now);
        if (command.DisposeTo is { } to)
        {
            if (DisposisiRefusal(definition, step, definition.Step(target), status, to, office) is { } notRouted) return notRouted;
            var holder = new ItemHolder(to.UserId, to.Name, HoldKind.Disposisi, now, actor.UserId, actor.Name, note);
            next = next with { OpenItem = next.OpenItem! with { Holder = holder } };
            journal = journal.Add(new JournalEntry(now, actor.UserId, actor.Name, actingAs, JournalAction.Disposisi, target, null,
                DisposisiText(to, note)));
        }
        return new Accepted(next, closed, next.OpenItem, journal);
    }

    private EngineResult CloseReturned(SopDefinition definition, CaseState state, CloseReturnedCase command, Actor actor, OfficeContext office, DateTimeOffset now)
    {
        var (refusal, step, actingAs) = CheckItem(definition, state, command.WorkItemId, actor, office);
        if (refusal is not null) return refusal;
        if (HeldByOther(state.OpenItem!, actor) is { } held) return held;
        if (state.Status != CaseStatus.WaitingOnApplicant)
            return Refused.Because(RefusalReason.NotAllowedNow, "Hanya berkas yang sedang dikembalikan ke pemohon yang dapat ditutup.");
        if (ReturnedEnd(definition) is not { } end)
            return Refused.Because(RefusalReason.NotAllowedNow, "SOP ini tidak memiliki akhir \"dikembalikan\".");
        if (string.IsNullOrWhiteSpace(command.Note))
            return Invalid("note", "Tuliskan alasan penutupan berkas.");

        var note = command.Note.Trim();
        var closed = Completion(state.OpenItem!, now, actor, actingAs, null, note, ImmutableDictionary<string, string>.Empty);
        return Close(definition, state, end.Id, closed, [], actor, actingAs, now);
    }

    private CompletedItem Completion(WorkItemState item, DateTimeOffset now, Actor actor, string actingAs, string? outcomeId, string? note,
        ImmutableDictionary<string, string> values) =>
        new(item, now, actor.UserId, actor.Name, actingAs, outcomeId, note, values)
        {
            WorkingTime = Calendar.WorkingTimeBetween(item.ArrivedAt, now),
            LateBy = item.DueAt is { } due && now > due ? Calendar.WorkingTimeBetween(due, now) : null,
        };

    private static Accepted Close(SopDefinition definition, CaseState state, string endId, CompletedItem closed,
        ImmutableArray<JournalEntry> journal, Actor actor, string actingAs, DateTimeOffset now)
    {
        var end = definition.Ends.First(e => e.Id == endId);
        var final = state with { Status = CaseStatus.Closed, EndId = end.Id, ClosedAt = now, OpenItem = null };
        // A rejection always carries its reasons (the validator requires a note on outcomes that lead to it).
        var text = end.Kind == EndKind.Rejected ? $"Berkas ditolak: {closed.Note ?? end.Label}"
            : closed.Note is null ? $"Berkas ditutup: {end.Label}" : $"Berkas ditutup: {end.Label} — {closed.Note}";
        var entry = new JournalEntry(now, actor.UserId, actor.Name, actingAs, JournalAction.CaseClosed, closed.Item.StepId, closed.OutcomeId, text);
        return new Accepted(final, closed, null, journal.Add(entry));
    }

    /// <summary>The checks every command on an open item shares: case open, right version, item still open, lane.</summary>
    private static (Refused? Refusal, Step Step, string ActingAs) CheckItem(
        SopDefinition definition, CaseState state, Guid workItemId, Actor actor, OfficeContext office)
    {
        if (definition.Id != state.DefinitionId || definition.ContentHash != state.DefinitionHash)
            return (Refused.Because(RefusalReason.WrongDefinition, "Berkas ini berjalan pada versi SOP yang lain."), definition.FirstStep, "");
        if (state.Status == CaseStatus.Closed || state.OpenItem is null)
            return (Refused.Because(RefusalReason.CaseClosed, "Berkas ini sudah ditutup."), definition.FirstStep, "");
        var item = state.OpenItem;
        var step = definition.Step(item.StepId);
        if (item.Id != workItemId)
            return (Refused.Because(RefusalReason.StepAlreadyDone, "Langkah ini sudah diproses; muat ulang berkas untuk melihat langkah saat ini."), step, "");
        var actingAs = LaneAccess.ActingAs(definition, step, actor, office);
        return actingAs is null ? (NotYourLane(definition, step), step, "") : (null, step, actingAs);
    }

    /// <summary>The guards of completing the open item, before its input: <see cref="CheckItem"/>, not held by another, read before signing.</summary>
    private static (Refused? Refusal, Step Step, string ActingAs) CompletionGuard(
        SopDefinition definition, CaseState state, Guid workItemId, Actor actor, OfficeContext office)
    {
        var check = CheckItem(definition, state, workItemId, actor, office);
        if (check.Refusal is not null) return check;
        var item = state.OpenItem!;
        if (HeldByOther(item, actor) is { } held) return (held, check.Step, "");
        if (check.Step.Kind == StepKind.Sign && !item.ReadBy.Contains(actor.UserId))
            return (Refused.Because(RefusalReason.NotReadBeforeSigning,
                $"Baca berkas ini sebelum menandatangani langkah {check.Step.Number}: tekan \"Saya sudah membaca berkas ini\" atau \"Baca\" di daftar tanda tangan."),
                check.Step, "");
        return check;
    }

    /// <summary>
    /// When an item of <paramref name="step"/> that arrived at <paramref name="arrived"/> is due on this calendar:
    /// the step's target counted from its arrival; null while the berkas is with the pemohon (the office's clock
    /// does not run). The same answer on arrival and when the holiday list changes and open items are recomputed.
    /// </summary>
    public DateTimeOffset? DueAt(SopDefinition definition, Step step, DateTimeOffset arrived) =>
        OnApplicantClock(definition, step) ? null : Calendar.DueAt(arrived, step.Waktu);

    private CaseState Open(SopDefinition definition, CaseState state, Step step, CaseStatus status, DateTimeOffset now)
    {
        var visit = state.VisitsOf(step.Id) + 1;
        var item = new WorkItemState
        {
            Id = Guid.CreateVersion7(now),
            Sequence = state.ItemCount + 1,
            StepId = step.Id,
            LaneId = step.Lane,
            ArrivedAt = now,
            DueAt = DueAt(definition, step, now),
            ApplicantDueAt = ApplicantDueAt(definition, step, now),
            Visit = visit,
        };
        return state with
        {
            Status = status,
            OpenItem = item,
            ItemCount = item.Sequence,
            Visits = state.Visits.SetItem(step.Id, visit),
        };
    }

    private static bool IsOutcomeAvailable(SopDefinition definition, CaseState state, Step step, Outcome outcome) =>
        OutcomeNotAvailableReason(definition, state, step, outcome) is null;

    private static string? OutcomeNotAvailableReason(SopDefinition definition, CaseState state, Step step, Outcome outcome)
    {
        if (outcome.MinVisits is { } min && state.VisitsOf(step.Id) < min)
            return $"\"{outcome.Label}\" baru dapat dipilih setelah langkah {step.Number} dilakukan {min} kali.";
        if (!definition.IsEnd(outcome.Next) && definition.Step(outcome.Next) is { MaxVisits: { } max } target && state.VisitsOf(target.Id) >= max)
            return $"Langkah {target.Number} sudah dilakukan {max} kali (batas SOP).";
        return LoopNotAvailableReason(definition, state, outcome);
    }

    private static EndState? ReturnedEnd(SopDefinition definition) =>
        definition.Ends.FirstOrDefault(e => e.Kind == EndKind.Returned);

    private static JournalAction ActionOf(CaseState state, Step step, Outcome? outcome) =>
        outcome?.Kind switch
        {
            OutcomeKind.Return => JournalAction.ReturnedToApplicant,
            OutcomeKind.Correction => JournalAction.SentBackForCorrection,
            _ when state.Status == CaseStatus.WaitingOnApplicant => JournalAction.Resubmitted,
            _ when step.Kind == StepKind.Paraf => JournalAction.Paraf,
            _ when step.Kind == StepKind.Sign => JournalAction.Signed,
            _ => JournalAction.StepCompleted,
        };

    private static string NipText(string? nip) => nip is null ? "" : $", NIP {nip}";

    private static string Describe(CaseState state, Step step, Outcome? outcome, string? note, string actingAs, string? nip)
    {
        var text = outcome?.Kind switch
        {
            OutcomeKind.Return => "Berkas dikembalikan ke pemohon",
            OutcomeKind.Correction => "Dikembalikan untuk koreksi",
            _ when state.Status == CaseStatus.WaitingOnApplicant => "Berkas diajukan ulang oleh pemohon",
            _ when step.Kind == StepKind.Paraf => $"Diparaf ({actingAs}){NipText(nip)}",
            _ when step.Kind == StepKind.Sign => $"Ditandatangani ({actingAs}){NipText(nip)}",
            _ => $"Langkah {step.Number} selesai: {step.Kegiatan}",
        };
        if (outcome is not null && outcome.Kind == OutcomeKind.Forward) text += $" — {outcome.Label}";
        return note is null ? text : $"{text}: {note}";
    }

    private static Refused NotYourLane(SopDefinition definition, Step step)
    {
        var lane = definition.Lane(step.Lane);
        return Refused.Because(RefusalReason.NotYourLane,
            $"Langkah {step.Number} dikerjakan oleh {lane.Name} ({string.Join(", ", lane.Roles)}); Anda tidak memegang peran itu.");
    }

    private static Refused Invalid(string field, string message) =>
        new(RefusalReason.InvalidInput, message, ImmutableDictionary<string, string>.Empty.Add(field, message));
}
