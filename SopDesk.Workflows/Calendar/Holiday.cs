namespace SopDesk.Workflows.Calendar;

public enum HolidayKind { LiburNasional, CutiBersama, LiburDaerah }

/// <summary>A day the office is closed: national holiday, cuti bersama or a regional holiday.</summary>
public sealed record Holiday(DateOnly Date, HolidayKind Kind, string Name);
