namespace SopDesk.Data.Entities;

/// <summary>A closed day of the office calendar (libur nasional, cuti bersama, libur daerah), editable by the office.</summary>
public sealed class HolidayRecord
{
    public DateOnly Date { get; set; }
    /// <summary>libur_nasional, cuti_bersama or libur_daerah (as in the CSV).</summary>
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
}
