using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.Reports.Online;

/// <summary>The report's month [Start, End) in the office's zone, and the office calendar to measure hari kerja with.</summary>
public sealed record ReportWindow(DateTimeOffset Start, DateTimeOffset End, OfficeTime Time)
{
    public bool Contains(DateTimeOffset? at) => at >= Start && at < End;

    /// <summary>Office working time between two instants, in hari kerja (weekends, holidays and hours outside office hours do not count).</summary>
    public double WorkingDays(DateTimeOffset from, DateTimeOffset to) =>
        Time.Calendar.WorkingTimeBetween(from, to) / OfficeTime.WorkingDayLength(Time.Calendar);

    /// <summary>Working days as jam kerja, for the page's "(… jam kerja)".</summary>
    public double HoursPerDay => OfficeTime.WorkingDayLength(Time.Calendar).TotalHours;
}
