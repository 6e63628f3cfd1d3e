namespace SopDesk.Data.Entities;

/// <summary>An official's absence and who acts for them (Plh.) during it.</summary>
public sealed class AbsenceRecord
{
    public int Id { get; set; }
    /// <summary>The role the absent official holds (e.g. "kabid").</summary>
    public string Role { get; set; } = "";
    public string AbsentUserId { get; set; } = "";
    public string? ActingUserId { get; set; }
    public DateTimeOffset From { get; set; }
    public DateTimeOffset To { get; set; }
    public string Reason { get; set; } = "";
    public string CreatedByUserId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
