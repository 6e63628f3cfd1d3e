using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Workflows.Engine;

/// <summary>One step of a case as the deadline clock sees it: which step, from when, until when (null while open).</summary>
public sealed record StepSpan(string StepId, DateTimeOffset ArrivedAt, DateTimeOffset? DoneAt);

/// <summary>
/// The whole-case deadline a SOP may declare beside its step targets (503/46: 30 hari kerja from the request,
/// Permenakertrans 17/2014). The office's clock stops while the berkas waits on the pemohon (clarification) or
/// on an outside party, so each such wait pushes the deadline back by its working time.
/// </summary>
public static class CaseDeadlineClock
{
    public static DateTimeOffset? DeadlineOf(SopDefinition definition, WorkingCalendar calendar, DateTimeOffset startedAt,
        IEnumerable<StepSpan> steps, DateTimeOffset now)
    {
        if (definition.CaseDeadline is not { } deadline) return null;
        var paused = steps
            .Where(s => definition.Steps.FirstOrDefault(d => d.Id == s.StepId) is { } step && !OfficeHasIt(definition, step))
            .Aggregate(TimeSpan.Zero, (sum, s) => sum + calendar.WorkingTimeBetween(s.ArrivedAt, s.DoneAt ?? now));
        return calendar.AddOfficeTime(calendar.DueAt(startedAt, deadline.Waktu), paused);
    }

    private static bool OfficeHasIt(SopDefinition definition, Step step) =>
        step.CountsAgainstOffice && definition.Lane(step.Lane).Party == LaneParty.Staff;
}
