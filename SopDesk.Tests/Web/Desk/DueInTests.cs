using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Calendar;

namespace SopDesk.Tests.Web.Desk;

/// <summary>
/// How a work item's due time reads in the kotak masuk: minutes, whole hours, then hari kerja to one decimal, in the
/// office's working time (07.30–16.00 WIB, Monday–Friday: nights and the weekend do not count).
/// </summary>
public class DueInTests
{
    private static readonly OfficeTime Time = new(TimeProvider.System, CalendarSettings.Default);
    // Tuesday 1 December 2026, 09.00 WIB.
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));

    private static DateTimeOffset Wib(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Under_an_hour_left_reads_in_minutes() =>
        ClockTexts.DueIn(Time, Wib(12, 1, 9, 45), Now).ShouldBe("45 menit lagi");

    [Fact]
    public void Hours_left_read_as_whole_hours() =>
        ClockTexts.DueIn(Time, Wib(12, 1, 11, 0), Now).ShouldBe("2 jam lagi");

    [Fact]
    public void A_working_day_left_reads_in_hari_kerja() =>
        ClockTexts.DueIn(Time, Wib(12, 2, 9, 0), Now).ShouldBe("1 hari kerja lagi");

    [Fact]
    public void Part_days_read_to_one_decimal_with_a_comma() =>
        // Tuesday 7 h + Wednesday 8,5 h + Thursday 5,75 h = 21,25 h = 2,5 hari kerja.
        ClockTexts.DueIn(Time, Wib(12, 3, 13, 15), Now).ShouldBe("2,5 hari kerja lagi");

    [Fact]
    public void Just_past_reads_as_late_in_minutes() =>
        ClockTexts.DueIn(Time, Wib(12, 1, 8, 40), Now).ShouldBe("terlambat 20 menit");

    [Fact]
    public void Late_by_hours_counts_only_office_hours() =>
        // Monday 12.45–16.00 (3,25 h) + Tuesday 07.30–09.00 (1,5 h) = 4,75 h: the night does not count.
        ClockTexts.DueIn(Time, Wib(11, 30, 12, 45), Now).ShouldBe("terlambat 5 jam");

    [Fact]
    public void Late_over_a_weekend_counts_working_days_only() =>
        // Friday 2,75 h + Monday 8,5 h + Tuesday 1,5 h = 12,75 h = 1,5 hari kerja.
        ClockTexts.DueIn(Time, Wib(11, 27, 13, 15), Now).ShouldBe("terlambat 1,5 hari kerja");

    [Fact]
    public void Due_this_instant_is_already_late() =>
        ClockTexts.DueIn(Time, Now, Now).ShouldBe("terlambat 1 menit");

    [Fact]
    public void The_arrival_column_drops_the_year_of_the_current_year() =>
        (ClockTexts.Compact(Time, Wib(11, 30, 10, 17), Now), ClockTexts.Compact(Time, new DateTimeOffset(2025, 12, 28, 10, 0, 0, TimeSpan.FromHours(7)), Now))
            .ShouldBe(("30 Nov 10.17", "28 Des 2025"));
}
