using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Calendar;

namespace SopDesk.Tests.Web;

/// <summary>How durations read on the pages: office time in hari kerja (8,5 jam a day), calendar time in whole days and hours.</summary>
public class DurationFormatTests
{
    private static readonly WorkingCalendar Calendar = new(CalendarSettings.Default, []);

    [Theory]
    [InlineData(0, "0 menit")]
    [InlineData(45, "45 menit")]
    [InlineData(120, "2 jam")]
    [InlineData(135, "2 jam 15 menit")]
    [InlineData(510, "1 hari kerja")]
    [InlineData(765, "1,5 hari kerja")]
    public void Office_time_counts_working_days_of_the_calendar(int minutes, string expected) =>
        OfficeTime.FormatDuration(TimeSpan.FromMinutes(minutes), Calendar).ShouldBe(expected);

    [Theory]
    [InlineData(-5, "0 menit")]
    [InlineData(59, "59 menit")]
    [InlineData(60 * 5 + 30, "5 jam 30 menit")]
    [InlineData(60 * 24 * 3, "3 hari")]
    [InlineData(60 * (24 * 3 + 16) + 59, "3 hari 16 jam")]
    public void Calendar_time_counts_nights_and_weekends_too(int minutes, string expected) =>
        OfficeTime.FormatCalendarDuration(TimeSpan.FromMinutes(minutes)).ShouldBe(expected);
}
