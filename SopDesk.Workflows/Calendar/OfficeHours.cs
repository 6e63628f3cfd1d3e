using System.Collections.Immutable;

namespace SopDesk.Workflows.Calendar;

/// <summary>Opening and closing time of one weekday, in the office's local time.</summary>
public sealed record OfficeDay(TimeOnly Opens, TimeOnly Closes);

/// <summary>
/// The office's settings: time zone and hours per weekday (a weekday missing from <see cref="Days"/> is
/// closed, like Saturday and Sunday by default).
/// </summary>
public sealed record CalendarSettings(string TimeZoneId, ImmutableDictionary<DayOfWeek, OfficeDay> Days)
{
    /// <summary>WIB, Monday–Friday 07:30–16:00 (regional government offices' usual hours).</summary>
    public static CalendarSettings Default { get; } = new("Asia/Jakarta", new Dictionary<DayOfWeek, OfficeDay>
    {
        [DayOfWeek.Monday] = new(new TimeOnly(7, 30), new TimeOnly(16, 0)),
        [DayOfWeek.Tuesday] = new(new TimeOnly(7, 30), new TimeOnly(16, 0)),
        [DayOfWeek.Wednesday] = new(new TimeOnly(7, 30), new TimeOnly(16, 0)),
        [DayOfWeek.Thursday] = new(new TimeOnly(7, 30), new TimeOnly(16, 0)),
        [DayOfWeek.Friday] = new(new TimeOnly(7, 30), new TimeOnly(16, 0)),
    }.ToImmutableDictionary());
}
