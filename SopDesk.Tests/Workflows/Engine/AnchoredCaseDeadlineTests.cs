using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Workflows.Engine;

/// <summary>
/// "Paling lama 14 hari kerja sejak berkas diterima lengkap": the deadline starts at the first arrival at the anchor step
/// (input-data in the test copy of AK1), waits on the pemohon after it do not count, and those before it do not matter.
/// </summary>
public class AnchoredCaseDeadlineTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly WorkingCalendar Calendar = new(CalendarSettings.Default, []);
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, Wib);

    private static DateTimeOffset At(int day, int hour = 9) => new(2026, 11, day, hour, 0, 0, Wib);

    [Fact]
    public void Before_the_anchor_step_the_deadline_does_not_run()
    {
        var view = CaseDeadlineClock.ViewOf(ClockDefinitions.WithAnchoredDeadline(), Calendar, Monday,
            [new StepSpan("ajukan", Monday, Monday), new StepSpan("periksa", Monday, null)], At(20)).ShouldNotBeNull();

        view.NotStarted.ShouldBeTrue();
        view.DueAt.ShouldBeNull();
    }

    [Fact]
    public void The_deadline_counts_from_the_first_arrival_at_the_anchor_not_from_submission_nor_earlier_returns()
    {
        // Submitted Monday 2 November, returned to the pemohon until Wednesday 4, found complete and at input-data on Thursday 5 09.00.
        var spans = new[]
        {
            new StepSpan("ajukan", Monday, Monday),
            new StepSpan("periksa", Monday, At(2, 10)),
            new StepSpan("ajukan", At(2, 10), At(4)),
            new StepSpan("periksa", At(4), At(5)),
            new StepSpan("input-data", At(5), null),
        };
        var deadline = CaseDeadlineClock.DeadlineOf(ClockDefinitions.WithAnchoredDeadline(), Calendar, Monday, spans, At(5));
        // 14 working days from Thursday 5 November (no holidays): Fri 6 … Wed 25 November, 09.00.
        deadline.ShouldBe(At(25));
    }

    [Fact]
    public void Applicant_time_after_the_anchor_is_excluded()
    {
        // At input-data Thursday 5 09.00, then with the pemohon (an applicant step) Monday 9 09.00 to Wednesday 11 09.00: two working days.
        var spans = new[]
        {
            new StepSpan("input-data", At(5), At(9)),
            new StepSpan("ajukan", At(9), At(11)),
            new StepSpan("input-data", At(11), null),
        };
        var view = CaseDeadlineClock.ViewOf(ClockDefinitions.WithAnchoredDeadline(), Calendar, Monday, spans, At(12)).ShouldNotBeNull();
        view.DueAt.ShouldBe(At(27));
        view.Paused.ShouldBeFalse();
    }

    [Fact]
    public void While_the_pemohon_has_the_berkas_the_deadline_is_paused_and_moves_with_the_wait()
    {
        var spans = new[] { new StepSpan("input-data", At(5), At(9)), new StepSpan("ajukan", At(9), null) };
        var view = CaseDeadlineClock.ViewOf(ClockDefinitions.WithAnchoredDeadline(), Calendar, Monday, spans, At(10)).ShouldNotBeNull();
        view.Paused.ShouldBeTrue();
        view.DueAt.ShouldBe(At(26));
    }

    [Fact]
    public void An_unanchored_deadline_is_unchanged_for_503_46()
    {
        var spans = new[]
        {
            new StepSpan("periksa", Monday, At(3)),
            new StepSpan("ajukan", At(3), At(5)),
            new StepSpan("periksa", At(5), null),
        };
        var view = CaseDeadlineClock.ViewOf(CaseDriver.Definitions["perselisihan"], Calendar, Monday, spans, At(6)).ShouldNotBeNull();
        // As before the anchor existed: 30 working days from Monday 2 November is Monday 14 December, plus the two days with the pemohon.
        view.DueAt.ShouldBe(new DateTimeOffset(2026, 12, 16, 9, 0, 0, Wib));
        view.Deadline.From.ShouldBeNull();
    }

    [Fact]
    public void The_warning_window_is_counted_in_the_target_unit()
    {
        var due = At(25);
        CaseDeadlineClock.IsWithin(Calendar, TimeTarget2, due, At(20)).ShouldBeFalse(); // Friday 20: three working days left
        CaseDeadlineClock.IsWithin(Calendar, TimeTarget2, due, At(23)).ShouldBeTrue();  // Monday 23: two left
        CaseDeadlineClock.IsWithin(Calendar, TimeTarget2, due, At(25)).ShouldBeFalse(); // due: a breach now, not a warning
    }

    private static readonly SopDesk.Workflows.Definitions.TimeTarget TimeTarget2 = SopDesk.Workflows.Definitions.TimeTarget.Parse("2 hari kerja");
}
