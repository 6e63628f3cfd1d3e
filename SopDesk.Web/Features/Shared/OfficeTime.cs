using SopDesk.Data;
using System.Globalization;
using SopDesk.Workflows.Calendar;

namespace SopDesk.Web.Features.Shared;

/// <summary>
/// The office's clock and calendar: "now" from TimeProvider, the working calendar (reloaded when the
/// holiday list changes), and Indonesian formatting in the office's time zone.
/// </summary>
public sealed class OfficeTime(TimeProvider clock, CalendarSettings settings)
{
    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    private const string LongDate = "dddd, d MMMM yyyy";

    private WorkingCalendar _calendar = new(settings, []);

    public WorkingCalendar Calendar => _calendar;

    public DateTimeOffset Now => Calendar.ToLocal(clock.GetUtcNow());

    /// <summary>WIB, WITA or WIT for the office's zone.</summary>
    public string ZoneAbbreviation => settings.TimeZoneId switch
    {
        "Asia/Makassar" => "WITA",
        "Asia/Jayapura" => "WIT",
        _ => "WIB",
    };

    /// <summary>The first instant of <paramref name="date"/> in the office's zone (for whole-day filters).</summary>
    public DateTimeOffset StartOfDay(DateOnly date) => OfficeDays.StartOf(date, Calendar.Zone);

    public void UseHolidays(IEnumerable<Holiday> holidays) => _calendar = new WorkingCalendar(settings, holidays);

    /// <summary>"23 Nov 2026 14.05 WIB".</summary>
    public string FormatDateTime(DateTimeOffset instant) =>
        $"{Calendar.ToLocal(instant).ToString("d MMM yyyy HH.mm", Indonesian)} {ZoneAbbreviation}";

    public string FormatDateTime(DateTimeOffset? instant) => instant is { } i ? FormatDateTime(i) : "–";

    /// <summary>"Senin, 23 November 2026".</summary>
    public string FormatDate(DateTimeOffset instant) => Calendar.ToLocal(instant).ToString(LongDate, Indonesian);

    /// <summary>"23 November 2026" — the date as letters and cards print it.</summary>
    public string FormatDay(DateTimeOffset instant) => Calendar.ToLocal(instant).ToString("d MMMM yyyy", Indonesian);

    /// <summary>"Senin, 16 Februari 2026" — a calendar date (a holiday), no zone involved.</summary>
    public static string FormatDate(DateOnly date) => date.ToString(LongDate, Indonesian);

    /// <summary>
    /// This year and next year in the office's zone, where no holiday is entered yet: their due times count
    /// no holidays, so administrators are warned (the list is data the office keeps; nothing is assumed).
    /// </summary>
    public IReadOnlyList<int> YearsWithoutHolidays()
    {
        var year = Now.Year;
        return [.. new[] { year, year + 1 }.Where(y => !Calendar.HolidayYears.Contains(y))];
    }

    /// <summary>Working time as staff say it: "5 menit", "2 jam 10 menit", "3 hari kerja".</summary>
    public static string FormatDuration(TimeSpan officeTime, WorkingCalendar calendar)
    {
        var dayLength = WorkingDayLength(calendar);
        if (officeTime >= dayLength) return $"{Math.Round(officeTime / dayLength, 1).ToString(Indonesian)} hari kerja";
        if (officeTime.TotalMinutes < 60) return $"{Math.Max(0, (int)Math.Round(officeTime.TotalMinutes))} menit";
        return officeTime.Minutes == 0 ? $"{(int)officeTime.TotalHours} jam" : $"{(int)officeTime.TotalHours} jam {officeTime.Minutes} menit";
    }

    /// <summary>Elapsed calendar time (nights, weekends and holidays included), for a person who asks how long it really took.</summary>
    public static string FormatCalendarDuration(TimeSpan elapsed)
    {
        if (elapsed < TimeSpan.Zero) elapsed = TimeSpan.Zero;
        if (elapsed.TotalDays >= 1) return elapsed.Hours == 0 ? $"{elapsed.Days} hari" : $"{elapsed.Days} hari {elapsed.Hours} jam";
        if (elapsed.TotalMinutes < 60) return $"{(int)elapsed.TotalMinutes} menit";
        return elapsed.Minutes == 0 ? $"{elapsed.Hours} jam" : $"{elapsed.Hours} jam {elapsed.Minutes} menit";
    }

    /// <summary>One hari kerja as office time: the longest opening of the week (07.30–16.00 = 8,5 jam).</summary>
    public static TimeSpan WorkingDayLength(WorkingCalendar calendar) =>
        calendar.Settings.Days.Values.Select(d => d.Closes - d.Opens).DefaultIfEmpty(TimeSpan.FromHours(8)).Max();
}
