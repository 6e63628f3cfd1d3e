using System.Collections.Immutable;
using System.Globalization;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Workflows.Calendar;

// Default office: WIB, Monday–Friday 07:30–16:00, with the real 2026 holiday list (data/holidays-id-2026.csv).
// 2026 dates used: 06-05 Fri, 06-08 Mon, 06-10 Wed; 08-17 Mon (Proklamasi); 03-18..24 the Nyepi/Idul Fitri
// block (Wed..Tue, all closed); 05-14 Thu + 05-15 Fri (Kenaikan + cuti bersama); 12-24 Thu + 12-25 Fri.
public class WorkingCalendarTests
{
    // Declared before Office: static fields initialise in order.
    private static readonly IReadOnlyList<Holiday> Holidays2026 =
        HolidayCsv.Load(Path.Combine(AppContext.BaseDirectory, "data", "holidays-id-2026.csv"));

    private static readonly WorkingCalendar Office = CalendarFor("Asia/Jakarta");

    [Theory]
    // weekend
    [InlineData("2026-06-05 15:58", "5 menit", "2026-06-08 07:33")]
    [InlineData("2026-06-05 15:00", "2 jam", "2026-06-08 08:30")]
    // end of the office day: landing exactly on closing stays that day
    [InlineData("2026-06-05 15:55", "5 menit", "2026-06-05 16:00")]
    [InlineData("2026-06-10 15:00", "2 jam", "2026-06-11 08:30")]
    // arrival before opening / after closing: the clock starts at the next opening
    [InlineData("2026-06-10 06:00", "30 menit", "2026-06-10 08:00")]
    [InlineData("2026-06-10 18:00", "30 menit", "2026-06-11 08:00")]
    [InlineData("2026-06-10 16:00", "1 jam", "2026-06-11 08:30")]
    // a national holiday (Mon 17 August)
    [InlineData("2026-08-14 15:30", "1 jam", "2026-08-18 08:00")]
    [InlineData("2026-08-14 10:00", "1 hari kerja", "2026-08-18 10:00")]
    // cuti bersama: the Nyepi / Idul Fitri block, Christmas
    [InlineData("2026-03-17 15:00", "2 jam", "2026-03-25 08:30")]
    [InlineData("2026-03-17 09:00", "1 hari kerja", "2026-03-25 09:00")]
    [InlineData("2026-12-23 11:00", "1 hari", "2026-12-28 11:00")]
    // hari kerja: the same time of day on the N-th working day, not 24 office hours
    [InlineData("2026-06-10 14:00", "1 hari kerja", "2026-06-11 14:00")]
    [InlineData("2026-06-10 14:00", "1 hari", "2026-06-11 14:00")]
    [InlineData("2026-06-04 10:00", "3 hari", "2026-06-09 10:00")]
    [InlineData("2026-05-13 09:00", "7 hari", "2026-05-26 09:00")]
    [InlineData("2026-06-05 18:00", "1 hari kerja", "2026-06-09 07:30")]
    [InlineData("2026-06-10 06:00", "1 hari kerja", "2026-06-11 07:30")]
    [InlineData("2026-06-06 10:00", "2 hari", "2026-06-10 07:30")]
    // minggu = 5 hari kerja
    [InlineData("2026-07-08 14:00", "1 minggu", "2026-07-15 14:00")]
    [InlineData("2026-07-08 14:00", "2 minggu", "2026-07-22 14:00")]
    [InlineData("2026-05-13 09:00", "1 minggu", "2026-05-22 09:00")]
    // hari kalender: the same time N calendar days later, even on a closed day or after closing
    [InlineData("2026-06-05 10:00", "1 hari kalender", "2026-06-06 10:00")]
    [InlineData("2026-03-16 10:00", "3 hari kalender", "2026-03-19 10:00")]
    [InlineData("2026-03-11 20:00", "14 hari kalender", "2026-03-25 20:00")]
    public void A_step_is_due_by_the_office_calendar(string arrived, string target, string expected)
    {
        var due = Office.DueAt(Wib(arrived), TimeTarget.Parse(target));

        due.ShouldBe(Wib(expected));
        due.Offset.ShouldBe(TimeSpan.FromHours(7));
    }

    [Fact]
    public void Five_minutes_arriving_at_15_58_on_Friday_are_due_early_Monday()
    {
        Office.DueAt(Wib("2026-06-05 15:58"), TimeTarget.Parse("5 Menit")).ShouldBe(Wib("2026-06-08 07:33"));
    }

    [Fact]
    public void One_working_day_from_Wednesday_afternoon_is_Thursday_afternoon()
    {
        var due = Office.DueAt(Wib("2026-06-10 14:00"), TimeTarget.Parse("1 hari kerja"));

        due.ShouldBe(Wib("2026-06-11 14:00"));
        // 24 office hours would be almost three days later: the bug this calendar avoids.
        Office.AddOfficeTime(Wib("2026-06-10 14:00"), TimeSpan.FromHours(24)).ShouldBe(Wib("2026-06-15 12:30"));
    }

    [Fact]
    public void The_result_is_in_the_office_offset_whatever_the_arrival_offset()
    {
        var arrivedUtc = new DateTimeOffset(2026, 6, 10, 7, 0, 0, TimeSpan.Zero); // 14:00 WIB

        var due = Office.DueAt(arrivedUtc, TimeTarget.Parse("1 hari kerja"));

        due.Offset.ShouldBe(TimeSpan.FromHours(7));
        due.ShouldBe(Wib("2026-06-11 14:00"));
    }

    [Theory]
    // 06:00Z is 13:00 WIB, 14:00 WITA, 15:00 WIT; two office hours later:
    [InlineData("Asia/Jakarta", "2026-06-10T15:00:00+07:00")]
    [InlineData("Asia/Makassar", "2026-06-10T16:00:00+08:00")]
    [InlineData("Asia/Jayapura", "2026-06-11T08:30:00+09:00")]
    public void The_same_instant_is_due_by_each_office_own_clock(string zone, string expected)
    {
        var arrived = new DateTimeOffset(2026, 6, 10, 6, 0, 0, TimeSpan.Zero);

        var due = CalendarFor(zone).DueAt(arrived, TimeTarget.Parse("2 jam"));

        due.ShouldBe(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture));
        due.Offset.ShouldBe(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture).Offset);
    }

    [Theory]
    // 08:30Z is 15:30 WIB (open), 16:30 WITA and 17:30 WIT (closed)
    [InlineData("Asia/Jakarta", true, "2026-06-10T15:30:00+07:00")]
    [InlineData("Asia/Makassar", false, "2026-06-11T07:30:00+08:00")]
    [InlineData("Asia/Jayapura", false, "2026-06-11T07:30:00+09:00")]
    public void Whether_an_office_is_open_depends_on_its_time_zone(string zone, bool open, string nextOpening)
    {
        var instant = new DateTimeOffset(2026, 6, 10, 8, 30, 0, TimeSpan.Zero);
        var calendar = CalendarFor(zone);

        calendar.IsOpen(instant).ShouldBe(open);
        calendar.NextOpening(instant).ShouldBe(DateTimeOffset.Parse(nextOpening, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2026-06-10 07:29", false)]
    [InlineData("2026-06-10 07:30", true)]
    [InlineData("2026-06-10 15:59", true)]
    [InlineData("2026-06-10 16:00", false)]
    [InlineData("2026-06-06 10:00", false)] // Saturday
    [InlineData("2026-08-17 10:00", false)] // Proklamasi
    [InlineData("2026-12-24 10:00", false)] // cuti bersama
    public void The_office_is_open_from_opening_until_just_before_closing(string instant, bool open)
    {
        Office.IsOpen(Wib(instant)).ShouldBe(open);
    }

    [Theory]
    [InlineData("2026-06-10 10:00", "2026-06-10 10:00")] // open: the instant itself
    [InlineData("2026-06-10 06:00", "2026-06-10 07:30")]
    [InlineData("2026-06-05 16:00", "2026-06-08 07:30")]
    [InlineData("2026-03-17 17:00", "2026-03-25 07:30")]
    public void The_next_opening_skips_nights_weekends_and_holidays(string instant, string expected)
    {
        Office.NextOpening(Wib(instant)).ShouldBe(Wib(expected));
    }

    [Theory]
    [InlineData("2026-06-10", true)]
    [InlineData("2026-06-06", false)] // Saturday
    [InlineData("2026-06-07", false)] // Sunday
    [InlineData("2026-08-17", false)] // libur nasional
    [InlineData("2026-03-23", false)] // cuti bersama
    public void Weekends_and_holidays_are_not_working_days(string date, bool working)
    {
        Office.IsWorkingDay(DateOnly.Parse(date, CultureInfo.InvariantCulture)).ShouldBe(working);
    }

    [Theory]
    [InlineData("2026-06-05 15:00", "2026-06-08 08:30", 2.0)] // over a weekend
    [InlineData("2026-08-14 15:00", "2026-08-18 08:30", 2.0)] // over a weekend and Monday's holiday
    [InlineData("2026-03-17 07:30", "2026-03-25 16:00", 17.0)] // the cuti bersama block: two days only
    [InlineData("2026-06-10 07:30", "2026-06-11 07:30", 8.5)] // one full office day
    [InlineData("2026-06-10 18:00", "2026-06-11 07:00", 0.0)] // the night
    [InlineData("2026-06-10 10:00", "2026-06-10 10:45", 0.75)]
    [InlineData("2026-06-10 10:00", "2026-06-10 10:00", 0.0)]
    [InlineData("2026-06-11 10:00", "2026-06-10 10:00", 0.0)] // backwards is zero
    public void Working_time_counts_only_open_hours_of_working_days(string from, string to, double hours)
    {
        Office.WorkingTimeBetween(Wib(from), Wib(to)).ShouldBe(TimeSpan.FromHours(hours));
    }

    [Fact]
    public void Working_time_up_to_the_due_instant_equals_the_target()
    {
        // Arrivals every 37 minutes over five weeks around the Idul Fitri block, several office-time targets.
        for (var arrived = Wib("2026-03-09 00:00"); arrived < Wib("2026-04-13 00:00"); arrived = arrived.AddMinutes(37))
        {
            foreach (var minutes in new[] { 5, 90, 510, 1500 })
            {
                var due = Office.AddOfficeTime(arrived, TimeSpan.FromMinutes(minutes));
                Office.WorkingTimeBetween(arrived, due).ShouldBe(TimeSpan.FromMinutes(minutes), $"arrived {arrived:O}");
                Office.IsOpen(due.AddTicks(-1)).ShouldBeTrue($"arrived {arrived:O}, due {due:O}");
            }
        }
    }

    [Theory]
    [InlineData("2026-06-10 14:00", "2026-06-11 13:59", 0)]
    [InlineData("2026-06-10 14:00", "2026-06-11 14:00", 1)]
    [InlineData("2026-06-10 14:00", "2026-06-17 14:00", 4)] // weekend and Tuesday 16 June (1 Muharam)
    [InlineData("2026-03-17 09:00", "2026-03-25 09:00", 1)] // over the cuti bersama block
    [InlineData("2026-06-05 18:00", "2026-06-09 07:30", 1)] // from after closing: counted from Monday's opening
    [InlineData("2026-06-11 10:00", "2026-06-10 10:00", 0)]
    public void Whole_working_days_between_count_like_hari_kerja_targets(string from, string to, int days)
    {
        Office.WorkingDaysBetween(Wib(from), Wib(to)).ShouldBe(days);
    }

    [Fact]
    public void Working_days_between_a_start_and_its_hari_kerja_due_is_the_target()
    {
        for (var start = Wib("2026-03-02 00:00"); start < Wib("2026-06-01 00:00"); start = start.AddMinutes(301))
        {
            foreach (var days in new[] { 1, 3, 7 })
            {
                var due = Office.AddWorkingDays(start, days);
                Office.WorkingDaysBetween(start, due).ShouldBe(days, $"start {start:O}");
                Office.WorkingDaysBetween(start, due.AddMinutes(-1)).ShouldBe(days - 1, $"start {start:O}");
            }
        }
    }

    [Fact]
    public void A_target_day_that_closes_earlier_is_due_at_its_closing()
    {
        var calendar = new WorkingCalendar(ShortFriday(), []);

        calendar.DueAt(Wib("2026-06-11 14:00"), TimeTarget.Parse("1 hari kerja")).ShouldBe(Wib("2026-06-12 11:00"));
    }

    [Fact]
    public void A_target_day_that_opens_later_is_due_at_its_opening()
    {
        var settings = CalendarSettings.Default with
        {
            Days = CalendarSettings.Default.Days.SetItem(DayOfWeek.Monday, new(new TimeOnly(9, 0), new TimeOnly(16, 0))),
        };
        var calendar = new WorkingCalendar(settings, []);

        calendar.DueAt(Wib("2026-06-05 08:00"), TimeTarget.Parse("1 hari kerja")).ShouldBe(Wib("2026-06-08 09:00"));
    }

    [Fact]
    public void A_weekday_missing_from_the_settings_is_closed()
    {
        var calendar = new WorkingCalendar(ShortFriday(), []);

        calendar.IsWorkingDay(new DateOnly(2026, 6, 6)).ShouldBeFalse();
        calendar.HoursOn(new DateOnly(2026, 6, 12)).ShouldBe(new OfficeDay(new TimeOnly(7, 30), new TimeOnly(11, 0)));
        calendar.HoursOn(new DateOnly(2026, 6, 13)).ShouldBeNull();
    }

    [Fact]
    public void Office_hours_that_close_before_they_open_are_refused()
    {
        var settings = CalendarSettings.Default with
        {
            Days = CalendarSettings.Default.Days.SetItem(DayOfWeek.Friday, new(new TimeOnly(16, 0), new TimeOnly(7, 30))),
        };

        Should.Throw<ArgumentException>(() => new WorkingCalendar(settings, [])).Message.ShouldContain("Friday");
    }

    [Fact]
    public void An_office_never_open_is_refused()
    {
        var settings = CalendarSettings.Default with { Days = ImmutableDictionary<DayOfWeek, OfficeDay>.Empty };

        Should.Throw<ArgumentException>(() => new WorkingCalendar(settings, []));
    }

    [Fact]
    public void A_regional_holiday_on_a_national_holiday_closes_the_day_once()
    {
        var national = new Holiday(new DateOnly(2026, 8, 17), HolidayKind.LiburNasional, "Proklamasi Kemerdekaan RI");
        var regional = new Holiday(new DateOnly(2026, 8, 17), HolidayKind.LiburDaerah, "Hari jadi kota");
        var regionalOnly = new Holiday(new DateOnly(2026, 8, 18), HolidayKind.LiburDaerah, "Hari jadi kota");

        var calendar = new WorkingCalendar(CalendarSettings.Default, [national, regional, regionalOnly]);

        calendar.Holidays.Count.ShouldBe(2);
        calendar.Holidays[new DateOnly(2026, 8, 17)].ShouldBe(national);
        calendar.DueAt(Wib("2026-08-14 10:00"), TimeTarget.Parse("1 hari")).ShouldBe(Wib("2026-08-19 10:00"));
    }

    [Fact]
    public void Only_years_with_holidays_entered_are_known()
    {
        Office.HolidayYears.ShouldContain(2026);
        Office.HolidayYears.ShouldNotContain(2027);
    }

    [Fact]
    public void ToLocal_shows_an_instant_on_the_office_clock()
    {
        var local = Office.ToLocal(new DateTimeOffset(2026, 6, 10, 0, 0, 0, TimeSpan.Zero));

        local.ShouldBe(Wib("2026-06-10 07:00"));
        local.Offset.ShouldBe(TimeSpan.FromHours(7));
    }

    private static WorkingCalendar CalendarFor(string zone) =>
        new(CalendarSettings.Default with { TimeZoneId = zone }, Holidays2026);

    private static CalendarSettings ShortFriday() => CalendarSettings.Default with
    {
        Days = CalendarSettings.Default.Days.SetItem(DayOfWeek.Friday, new(new TimeOnly(7, 30), new TimeOnly(11, 0))),
    };

    private static DateTimeOffset Wib(string local) =>
        DateTimeOffset.ParseExact(local + " +07:00", "yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
