namespace SopDesk.Data.Entities;

/// <summary>The last registration number given per prefix and year: numbers are gap-free and never reused.</summary>
public sealed class CaseCounterRecord
{
    public string Prefix { get; set; } = "";
    public int Year { get; set; }
    public int Last { get; set; }
}
