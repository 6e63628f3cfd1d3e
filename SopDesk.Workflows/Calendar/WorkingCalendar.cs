using SopDesk.Workflows.Definitions;

namespace SopDesk.Workflows.Calendar;

/// <summary>
/// The office's working calendar: turns a step's target into a due instant and measures working time.
/// Office hours per weekday, holidays (libur nasional, cuti bersama, libur daerah) closed, in the office's
/// time zone. Results are in the office's offset (+07:00 for WIB). Immutable and pure: build a new one when
/// the holiday list changes.
/// </summary>
/// <remarks>
/// Arithmetic runs on the office's local wall clock and walks day by day (never minute by minute). This
/// assumes the zone's offset never changes during office hours — true for WIB/WITA/WIT, which have no DST.
/// </remarks>
public sealed class WorkingCalendar
{
    /// <summary>"1 minggu" in an SOP is five hari kerja, whatever weekdays the office opens.</summary>
    public const int WorkingDaysPerWeek = 5;

    // Indexed by DayOfWeek: faster than the settings' immutable dictionary on hot paths.
    private readonly OfficeDay?[] _hoursByWeekday = new OfficeDay?[7];

    public WorkingCalendar(CalendarSettings settings, IEnumerable<Holiday> holidays)
    {
        Settings = settings;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZoneId);
        foreach (var (weekday, hours) in settings.Days)
        {
            if (hours.Opens >= hours.Closes)
                throw new ArgumentException($"Office hours on {weekday} must open before they close ({hours.Opens}–{hours.Closes}).", nameof(settings));
            _hoursByWeekday[(int)weekday] = hours;
        }
        if (settings.Days.Count == 0)
            throw new ArgumentException("The office must be open on at least one weekday.", nameof(settings));

        // A date listed twice (a libur daerah on a national holiday) is closed once; the first entry names it.
        var byDate = new Dictionary<DateOnly, Holiday>();
        foreach (var holiday in holidays) byDate.TryAdd(holiday.Date, holiday);
        Holidays = byDate;
        HolidayYears = byDate.Keys.Select(d => d.Year).ToHashSet();
    }

    public CalendarSettings Settings { get; }
    public TimeZoneInfo Zone { get; }
    public IReadOnlyDictionary<DateOnly, Holiday> Holidays { get; }

    /// <summary>
    /// Years with at least one holiday entered. A year missing here (2027 before the decree is entered) is
    /// counted as if it had no holidays: callers can warn that its due dates may be too early.
    /// </summary>
    public IReadOnlySet<int> HolidayYears { get; }

    /// <summary>When a step that arrives at <paramref name="arrived"/> with <paramref name="target"/> is due.</summary>
    public DateTimeOffset DueAt(DateTimeOffset arrived, TimeTarget target) => target.Unit switch
    {
        TimeUnit.Minutes => AddOfficeTime(arrived, TimeSpan.FromMinutes(target.Amount)),
        TimeUnit.Hours => AddOfficeTime(arrived, TimeSpan.FromHours(target.Amount)),
        TimeUnit.WorkingDays => AddWorkingDays(arrived, target.Amount),
        TimeUnit.WorkingWeeks => AddWorkingDays(arrived, checked(WorkingDaysPerWeek * target.Amount)),
        TimeUnit.CalendarDays => AddCalendarDays(arrived, target.Amount),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target.Unit, "Unknown time unit."),
    };

    /// <summary>
    /// Adds office time (open hours of working days only). Outside office hours the clock starts at the next
    /// opening; a result that lands exactly on closing time stays on that day (15:55 + 5 menit = 16:00).
    /// </summary>
    public DateTimeOffset AddOfficeTime(DateTimeOffset start, TimeSpan officeTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(officeTime, TimeSpan.Zero);
        var cursor = ToLocal(start).DateTime;
        var remaining = officeTime;
        for (var date = DateOnly.FromDateTime(cursor); ; date = date.AddDays(1))
        {
            if (HoursOn(date) is not { } hours) continue;
            var opens = date.ToDateTime(hours.Opens);
            var closes = date.ToDateTime(hours.Closes);
            var from = cursor > opens ? cursor : opens;
            if (from >= closes) continue;
            var available = closes - from;
            if (remaining <= available) return At(from + remaining);
            remaining -= available;
        }
    }

    /// <summary>
    /// N hari kerja: the same local time of day on the N-th following working day (Wednesday 14:00 + 1 is
    /// Thursday 14:00 — not 24 office hours). A start outside office hours first moves to the next opening
    /// (Friday 18:00 + 1 = Tuesday 07:30). The time is kept within the target day's hours (a day that closes
    /// earlier gives its closing time).
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var opening = NextOpeningLocal(ToLocal(start).DateTime);
        var timeOfDay = TimeOnly.FromDateTime(opening);
        var date = DateOnly.FromDateTime(opening);
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) counted++;
        }
        return At(SameTimeOn(date, timeOfDay));
    }

    /// <summary>
    /// N hari kalender: the same local time N calendar days later. It is not moved off a closed day or out
    /// of closing time — the SOP chose calendar days, so weekends and holidays count, and the office decides
    /// what a deadline on a Sunday means. The start is not moved to an opening either, for the same reason.
    /// </summary>
    public DateTimeOffset AddCalendarDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return At(ToLocal(start).DateTime.AddDays(days));
    }

    /// <summary>Office time (only open hours of working days) between two instants; zero if to ≤ from.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) return TimeSpan.Zero;
        var start = ToLocal(from).DateTime;
        var end = ToLocal(to).DateTime;
        var total = TimeSpan.Zero;
        var last = DateOnly.FromDateTime(end);
        for (var date = DateOnly.FromDateTime(start); date <= last; date = date.AddDays(1))
        {
            if (HoursOn(date) is not { } hours) continue;
            var opens = date.ToDateTime(hours.Opens);
            var closes = date.ToDateTime(hours.Closes);
            var segmentStart = start > opens ? start : opens;
            var segmentEnd = end < closes ? end : closes;
            if (segmentEnd > segmentStart) total += segmentEnd - segmentStart;
        }
        return total;
    }

    /// <summary>
    /// Whole hari kerja elapsed, counted the way <see cref="AddWorkingDays"/> counts them: the largest n with
    /// AddWorkingDays(from, n) ≤ to (Wednesday 14:00 → Thursday 13:59 is 0, → Thursday 14:00 is 1).
    /// </summary>
    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var opening = NextOpeningLocal(ToLocal(from).DateTime);
        var end = ToLocal(to).DateTime;
        var timeOfDay = TimeOnly.FromDateTime(opening);
        var last = DateOnly.FromDateTime(end);
        var count = 0;
        for (var date = DateOnly.FromDateTime(opening).AddDays(1); date <= last; date = date.AddDays(1))
        {
            if (!IsWorkingDay(date)) continue;
            if (SameTimeOn(date, timeOfDay) > end) break;
            count++;
        }
        return count;
    }

    public bool IsWorkingDay(DateOnly date) => HoursOn(date) is not null;

    /// <summary>The office hours of <paramref name="date"/>, or null when the office is closed that day.</summary>
    public OfficeDay? HoursOn(DateOnly date) =>
        Holidays.ContainsKey(date) ? null : _hoursByWeekday[(int)date.DayOfWeek];

    /// <summary>Is the office open at this instant (opening time included, closing time excluded)?</summary>
    public bool IsOpen(DateTimeOffset instant)
    {
        var local = ToLocal(instant).DateTime;
        if (HoursOn(DateOnly.FromDateTime(local)) is not { } hours) return false;
        var time = TimeOnly.FromDateTime(local);
        return time >= hours.Opens && time < hours.Closes;
    }

    /// <summary>
    /// The first instant at or after <paramref name="instant"/> when the office is open: the instant itself
    /// while open, else the next opening. This is where an office clock starts.
    /// </summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant) => At(NextOpeningLocal(ToLocal(instant).DateTime));

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    private DateTime NextOpeningLocal(DateTime local)
    {
        for (var date = DateOnly.FromDateTime(local); ; date = date.AddDays(1))
        {
            if (HoursOn(date) is not { } hours) continue;
            var opens = date.ToDateTime(hours.Opens);
            if (local < opens) return opens;
            if (local < date.ToDateTime(hours.Closes)) return local;
        }
    }

    // The time of day kept within that day's office hours (the date must be a working day).
    private DateTime SameTimeOn(DateOnly date, TimeOnly timeOfDay)
    {
        var hours = _hoursByWeekday[(int)date.DayOfWeek]!;
        var time = timeOfDay < hours.Opens ? hours.Opens : timeOfDay > hours.Closes ? hours.Closes : timeOfDay;
        return date.ToDateTime(time);
    }

    private DateTimeOffset At(DateTime local) => new(local, Zone.GetUtcOffset(local));
}
