namespace SopDesk.Tests.Web.Supervision;

/// <summary>
/// The office calendar of <see cref="SupervisionSetup"/> computed the slow, obvious way — minute by minute and day by
/// day — so the figures can be checked against something that does not share the app's code.
/// </summary>
internal static class PlainOfficeClock
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly TimeOnly Opens = new(7, 30), Closes = new(16, 0);

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && date != SupervisionSetup.Holiday;

    /// <summary>Minutes the office is open between two instants, counted one minute at a time.</summary>
    public static int OfficeMinutes(DateTimeOffset from, DateTimeOffset to)
    {
        var minutes = 0;
        for (var t = from.ToOffset(Wib); t < to; t = t.AddMinutes(1))
        {
            var time = TimeOnly.FromDateTime(t.DateTime);
            if (IsWorkingDay(DateOnly.FromDateTime(t.DateTime)) && time >= Opens && time < Closes) minutes++;
        }
        return minutes;
    }

    /// <summary>Office time in hari kerja of 8.5 hours (07.30–16.00).</summary>
    public static double WorkingDays(DateTimeOffset from, DateTimeOffset to) => OfficeMinutes(from, to) / 510.0;

    /// <summary>
    /// Whole working days from one instant to another, both inside office hours: each working date after the first
    /// counts once its clock reaches the first instant's time of day.
    /// </summary>
    public static int WholeWorkingDays(DateTimeOffset from, DateTimeOffset to)
    {
        var (start, end) = (from.ToOffset(Wib).DateTime, to.ToOffset(Wib).DateTime);
        var days = 0;
        for (var date = DateOnly.FromDateTime(start).AddDays(1); date <= DateOnly.FromDateTime(end); date = date.AddDays(1))
            if (IsWorkingDay(date) && (date < DateOnly.FromDateTime(end) || end.TimeOfDay >= start.TimeOfDay)) days++;
        return days;
    }

    /// <summary>The 90th percentile by nearest rank: sort, take the ⌈0.9·n⌉-th value.</summary>
    public static double P90(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        var rank = (int)Math.Ceiling(sorted.Count * 9 / 10.0);
        return sorted[rank - 1];
    }
}
