namespace SopDesk.Data.Entities;

/// <summary>
/// A penempatan: a person hired through the service, reported by the employer (Perwali Banjarbaru 29/2015 Pasal 8, its
/// own menu) or recorded by the office. It closes the AK1 holder's search and feeds the figures; the snapshot columns
/// (education, sector, location) keep the figures stable when the vacancy or profile later change.
/// </summary>
public sealed class PlacementRecord
{
    public Guid Id { get; set; }
    public long? VacancyId { get; set; }
    public long? ProfileId { get; set; }
    public Guid? ApplicationId { get; set; }
    public Guid? EmployerAccountId { get; set; }
    public string Nik { get; set; } = "";
    public string Name { get; set; } = "";
    public string Position { get; set; } = "";
    public string CompanyName { get; set; } = "";
    /// <summary>KBLI section letter.</summary>
    public string Sector { get; set; } = "";
    /// <summary>The person's education (LaborMarket.EducationLevel as int).</summary>
    public int Education { get; set; }
    public string Location { get; set; } = "";
    /// <summary>First working day (office calendar date).</summary>
    public DateOnly StartedOn { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
    /// <summary>"layanan:&lt;account&gt;" or the staff user id.</summary>
    public string ReportedBy { get; set; } = "";
    public string ReportedByName { get; set; } = "";
    public PlacementSource Source { get; set; }
}

public enum PlacementSource { Employer, Office }
