namespace SopDesk.Workflows.Calendar;

public enum HolidayKind { LiburNasional, CutiBersama, LiburDaerah }

/// <summary>A day the office is closed: national holiday, cuti bersama or a regional holiday.</summary>
public sealed record Holiday(DateOnly Date, HolidayKind Kind, string Name)
{
    /// <summary>The years a holiday list may hold (a typo such as 2207 is refused, not stored).</summary>
    public const int FirstYear = 2000, LastYear = 2100;

    /// <summary>The longest name the office's list keeps (the database column's width).</summary>
    public const int MaxNameLength = 200;

    public static bool IsYearInRange(int year) => year is >= FirstYear and <= LastYear;
}
