using System.Collections.Immutable;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Workflows.Engine;

/// <summary>The pemohon's own time limit on a step on their clock: when it runs out, and what its expiry does.</summary>
public sealed partial class CaseInterpreter
{
    /// <summary>The actor the SLA watcher gives system commands as (journaled as "Sistem").</summary>
    public static Actor System { get; } = new("system", "Sistem", ImmutableHashSet<string>.Empty);

    private const string SystemRole = "sistem";

    /// <summary>Is the berkas on the pemohon's clock while at <paramref name="step"/> (their lane, or a step that says so)?</summary>
    public static bool OnApplicantClock(SopDefinition definition, Step step) =>
        step.Clock == ClockOwner.Applicant || definition.Lane(step.Lane).Party == LaneParty.Applicant;

    /// <summary>
    /// When the pemohon's limit on an item of <paramref name="step"/> that arrived at <paramref name="arrived"/> runs out: the
    /// step's applicantLimit counted on this calendar from the arrival; null when the step has none. Like <see cref="DueAt"/>,
    /// the same answer on arrival and when the holiday list changes.
    /// </summary>
    public DateTimeOffset? ApplicantDueAt(SopDefinition definition, Step step, DateTimeOffset arrived) =>
        step.ApplicantLimit is { } limit && OnApplicantClock(definition, step) ? Calendar.DueAt(arrived, limit.Waktu) : null;

    private EngineResult Expire(SopDefinition definition, CaseState state, ExpireApplicantLimit command, Actor actor, DateTimeOffset now)
    {
        if (definition.Id != state.DefinitionId || definition.ContentHash != state.DefinitionHash)
            return Refused.Because(RefusalReason.WrongDefinition, "Berkas ini berjalan pada versi SOP yang lain.");
        if (state.Status == CaseStatus.Closed || state.OpenItem is not { } item)
            return Refused.Because(RefusalReason.CaseClosed, "Berkas ini sudah ditutup.");
        if (item.Id != command.WorkItemId)
            return Refused.Because(RefusalReason.StepAlreadyDone, "Langkah ini sudah diproses; batas waktu pemohonnya tidak berlaku lagi.");
        var step = definition.Step(item.StepId);
        if (step.ApplicantLimit is not { } limit || item.ApplicantDueAt is not { } due)
            return Refused.Because(RefusalReason.NotAllowedNow, $"Langkah {step.Number} tidak memiliki batas waktu pemohon.");
        if (now < due)
            return Refused.Because(RefusalReason.NotAllowedNow,
                $"Batas waktu pemohon langkah {step.Number} belum habis (sampai {Calendar.ToLocal(due).ToString("d MMMM yyyy HH.mm", Indonesian)}).");

        var reason = $"Batas waktu pemohon {limit.Waktu.Text} pada langkah {step.Number} habis";
        var expired = new JournalEntry(now, actor.UserId, actor.Name, SystemRole, JournalAction.ApplicantLimitExpired, step.Id, null,
            limit.AlertsOnly ? $"{reason}; berkas tidak ditutup, petugas lane diberi tahu." : $"{reason}.");
        if (limit.AlertsOnly) return new ApplicantLimitAlert(state.CaseId, item, expired);

        var closed = Completion(item, now, actor, SystemRole, null, reason, ImmutableDictionary<string, string>.Empty);
        return Close(definition, state, limit.OnExpiry, closed, [expired], actor, SystemRole, now);
    }
}
