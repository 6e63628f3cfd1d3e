using SopDesk.Workflows.Calendar;

namespace SopDesk.Web;

/// <summary>Reads the office's calendar settings: "Office:TimeZone" (Asia/Jakarta, Asia/Makassar, Asia/Jayapura).</summary>
public static class OfficeSettings
{
    public static CalendarSettings Read(IConfiguration configuration) =>
        CalendarSettings.Default with { TimeZoneId = configuration["Office:TimeZone"] ?? CalendarSettings.Default.TimeZoneId };
}
