using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Workflows.Engine;

/// <summary>One step of a case as the deadline clock sees it: which step, from when, until when (null while open).</summary>
public sealed record StepSpan(string StepId, DateTimeOffset ArrivedAt, DateTimeOffset? DoneAt);

/// <summary>
/// Where a berkas stands against its case deadline: not started yet (anchored at a step it has not reached), or due at
/// <see cref="DueAt"/> — <see cref="Paused"/> while the open step is on the pemohon's or an outside party's clock.
/// </summary>
public sealed record CaseDeadlineView(CaseDeadline Deadline, DateTimeOffset? DueAt, bool Paused)
{
    public bool NotStarted => DueAt is null;
}

/// <summary>
/// The whole-case deadline a SOP may declare beside its step targets (503/46: 30 hari kerja from the request,
/// Permenakertrans 17/2014). It counts from submission, or — with "from" — from the berkas's first arrival at that step
/// ("sejak berkas diterima lengkap"). The office's clock stops while the berkas waits on the pemohon (clarification) or
/// on an outside party, so each such wait after the start pushes the deadline back by its working time.
/// </summary>
public static class CaseDeadlineClock
{
    public static DateTimeOffset? DeadlineOf(SopDefinition definition, WorkingCalendar calendar, DateTimeOffset startedAt,
        IEnumerable<StepSpan> steps, DateTimeOffset now) =>
        ViewOf(definition, calendar, startedAt, steps, now)?.DueAt;

    /// <summary>The deadline and its state, or null when the SOP declares none.</summary>
    public static CaseDeadlineView? ViewOf(SopDefinition definition, WorkingCalendar calendar, DateTimeOffset startedAt,
        IEnumerable<StepSpan> steps, DateTimeOffset now)
    {
        if (definition.CaseDeadline is not { } deadline) return null;
        var spans = steps.ToList();
        var start = startedAt;
        if (deadline.From is { } from)
        {
            // Before the berkas first reaches the anchor step the deadline does not run at all.
            if (spans.Where(s => s.StepId == from).OrderBy(s => s.ArrivedAt).FirstOrDefault() is not { } anchor)
                return new CaseDeadlineView(deadline, null, false);
            start = anchor.ArrivedAt;
        }
        var notOffice = spans.Where(s => s.ArrivedAt >= start && definition.Steps.FirstOrDefault(d => d.Id == s.StepId) is { } step && !OfficeHasIt(definition, step)).ToList();
        var paused = notOffice.Aggregate(TimeSpan.Zero, (sum, s) => sum + calendar.WorkingTimeBetween(s.ArrivedAt, s.DoneAt ?? now));
        var due = calendar.AddOfficeTime(calendar.DueAt(start, deadline.Waktu), paused);
        return new CaseDeadlineView(deadline, due, notOffice.Any(s => s.DoneAt is null));
    }

    /// <summary>
    /// Is <paramref name="now"/> within <paramref name="before"/> of <paramref name="due"/> (and not past it)? Counted in the
    /// target's own unit: from now, <paramref name="before"/> would reach the due instant.
    /// </summary>
    public static bool IsWithin(WorkingCalendar calendar, TimeTarget before, DateTimeOffset due, DateTimeOffset now) =>
        now < due && calendar.DueAt(now, before) >= due;

    private static bool OfficeHasIt(SopDefinition definition, Step step) =>
        step.CountsAgainstOffice && definition.Lane(step.Lane).Party == LaneParty.Staff;
}
