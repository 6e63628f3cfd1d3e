using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Workflows.Engine;

/// <summary>503/46's whole-case deadline: 30 hari kerja from the request, with the pemohon's clarification time not counted.</summary>
public class CaseDeadlineClockTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly WorkingCalendar Calendar = new(CalendarSettings.Default, []);
    private static readonly DateTimeOffset Started = new(2026, 11, 2, 9, 0, 0, Wib); // a Monday

    [Fact]
    public void Without_waits_the_deadline_is_thirty_working_days_after_the_request()
    {
        var deadline = CaseDeadlineClock.DeadlineOf(CaseDriver.Definitions["perselisihan"], Calendar, Started, [new StepSpan("periksa", Started, null)], Started);
        // Counted by hand: 30 working days from Monday 2 November with no holidays are six full weeks → Monday 14 December.
        deadline.ShouldBe(new DateTimeOffset(2026, 12, 14, 9, 0, 0, Wib));
    }

    [Fact]
    public void A_return_to_the_pemohon_pushes_the_deadline_back_by_the_working_time_it_lasted()
    {
        // Back with the pemohon from Tuesday 3 November 09.00 to Thursday 5 November 09.00: two full working days.
        var spans = new[]
        {
            new StepSpan("periksa", Started, new DateTimeOffset(2026, 11, 3, 9, 0, 0, Wib)),
            new StepSpan("ajukan", new DateTimeOffset(2026, 11, 3, 9, 0, 0, Wib), new DateTimeOffset(2026, 11, 5, 9, 0, 0, Wib)),
            new StepSpan("periksa", new DateTimeOffset(2026, 11, 5, 9, 0, 0, Wib), null),
        };
        var deadline = CaseDeadlineClock.DeadlineOf(CaseDriver.Definitions["perselisihan"], Calendar, Started, spans, Started.AddDays(4));
        deadline.ShouldBe(new DateTimeOffset(2026, 12, 16, 9, 0, 0, Wib));
    }

    [Fact]
    public void A_SOP_without_a_case_deadline_has_none()
    {
        CaseDeadlineClock.DeadlineOf(CaseDriver.Definitions["ak1"], Calendar, Started, [], Started).ShouldBeNull();
    }
}
