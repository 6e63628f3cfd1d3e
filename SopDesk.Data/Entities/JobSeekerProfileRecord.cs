namespace SopDesk.Data.Entities;

/// <summary>
/// An AK1 holder as job matching sees them: a projection of a signed AK1 berkas (its form values and register line),
/// kept by LaborMarket.LaborMarketSync. Never edited by hand: the AK1 berkas is the source. The integer key is the row id
/// of the full-text index SeekerSearch (FTS5, external content).
/// </summary>
public sealed class JobSeekerProfileRecord
{
    public long Id { get; set; }
    /// <summary>The AK1 berkas.</summary>
    public Guid CaseId { get; set; }
    /// <summary>The AK1 register number (nomor pendaftaran pencari kerja).</summary>
    public string Ak1Number { get; set; } = "";
    public string Nik { get; set; } = "";
    public string Name { get; set; } = "";
    public DateOnly? BirthDate { get; set; }
    public string? Gender { get; set; }
    /// <summary>LaborMarket.EducationLevel as int.</summary>
    public int Education { get; set; }
    public string Major { get; set; } = "";
    public string Skills { get; set; } = "";
    public string WishedPositions { get; set; } = "";
    /// <summary>A region name, "Di mana saja" or empty.</summary>
    public string WishedLocation { get; set; } = "";
    public int ExperienceYears { get; set; }
    public string? Phone { get; set; }
    /// <summary>The public account with the same NIK, when the holder has one (they then see matches and apply online).</summary>
    public Guid? AccountId { get; set; }
    public DateTimeOffset SignedAt { get; set; }
    public DateTimeOffset? ValidUntil { get; set; }
    public SeekerStatus Status { get; set; }
    public DateTimeOffset? PlacedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Active (searching), Placed (a placement closed the search), Inactive (AK1 cancelled).</summary>
public enum SeekerStatus { Active, Placed, Inactive }
