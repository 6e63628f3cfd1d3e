using SopDesk.Workflows.Definitions;

namespace SopDesk.Workflows.Calendar;

/// <summary>
/// The office's working calendar: turns a step's target into a due instant and measures working time.
/// PLACEHOLDER IMPLEMENTATION (plain arithmetic) — the real one honours office hours, weekends and holidays.
/// </summary>
public sealed class WorkingCalendar
{
    public WorkingCalendar(CalendarSettings settings, IEnumerable<Holiday> holidays)
    {
        Settings = settings;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZoneId);
        Holidays = holidays.ToDictionary(h => h.Date);
    }

    public CalendarSettings Settings { get; }
    public TimeZoneInfo Zone { get; }
    public IReadOnlyDictionary<DateOnly, Holiday> Holidays { get; }

    /// <summary>When a step that arrives at <paramref name="arrived"/> with <paramref name="target"/> is due.</summary>
    public DateTimeOffset DueAt(DateTimeOffset arrived, TimeTarget target) => target.Unit switch
    {
        TimeUnit.Minutes => arrived.AddMinutes(target.Amount),
        TimeUnit.Hours => arrived.AddHours(target.Amount),
        TimeUnit.WorkingWeeks => arrived.AddDays(7 * target.Amount),
        _ => arrived.AddDays(target.Amount),
    };

    /// <summary>Office time between two instants (only open hours of working days count).</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to) => to - from;

    public bool IsWorkingDay(DateOnly date) =>
        Settings.Days.ContainsKey(date.DayOfWeek) && !Holidays.ContainsKey(date);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
