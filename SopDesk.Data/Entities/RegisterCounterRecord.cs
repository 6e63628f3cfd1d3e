namespace SopDesk.Data.Entities;

/// <summary>The last sequence given per register and year; moved only inside the write transaction that uses it.</summary>
public sealed class RegisterCounterRecord
{
    public string RegisterId { get; set; } = "";
    public int Year { get; set; }
    public int Last { get; set; }
}
