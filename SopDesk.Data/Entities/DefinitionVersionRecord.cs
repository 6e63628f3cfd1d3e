namespace SopDesk.Data.Entities;

/// <summary>One version of a SOP definition: its JSON text as loaded, numbered 1, 2, … per SOP.</summary>
public sealed class DefinitionVersionRecord
{
    public int Id { get; set; }
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public string ContentHash { get; set; } = "";
    public string Nomor { get; set; } = "";
    public string Nama { get; set; } = "";
    public string SourceJson { get; set; } = "";
    public DateTimeOffset LoadedAt { get; set; }
}
