namespace SopDesk.Data;

/// <summary>Office-local days as instants and back: the dashboards, registers and numbering count days in the office's zone.</summary>
public static class OfficeDays
{
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo officeZone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, officeZone.GetUtcOffset(local));
    }

    public static DateOnly DayOf(DateTimeOffset at, TimeZoneInfo officeZone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, officeZone).DateTime);
}
