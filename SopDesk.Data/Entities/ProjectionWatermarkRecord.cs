namespace SopDesk.Data.Entities;

/// <summary>How far a projection of berkas (e.g. job seeker profiles from AK1) has read the journal: the last journal id applied.</summary>
public sealed class ProjectionWatermarkRecord
{
    public string Name { get; set; } = "";
    public long JournalId { get; set; }
}
