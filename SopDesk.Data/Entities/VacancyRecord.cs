namespace SopDesk.Data.Entities;

/// <summary>
/// A lowongan: reported by an employer on /layanan, canvassed by an officer, or recorded by an officer on an employer's
/// behalf. Its berkas of the "lowongan" SOP decides publication (<see cref="Status"/> follows the berkas, see
/// LaborMarket.LaborMarketSync); while it is published and <see cref="ClosesOn"/> has not passed, the public listing shows it.
/// The integer key is the row id of the full-text index VacancySearch (FTS5, external content).
/// </summary>
public sealed class VacancyRecord
{
    public long Id { get; set; }
    /// <summary>The berkas of the "lowongan" SOP that checks this vacancy; null only while it is being created.</summary>
    public Guid? CaseId { get; set; }
    /// <summary>The employer's public account, when the employer reported it or an officer recorded it on its behalf.</summary>
    public Guid? EmployerAccountId { get; set; }
    public VacancySource Source { get; set; }
    /// <summary>The officer who canvassed or recorded it (staff user id), else null.</summary>
    public string? RecordedByUserId { get; set; }
    public string CompanyName { get; set; } = "";
    /// <summary>KBLI 2020 section letter (A…U), see LaborMarket.Sectors.</summary>
    public string Sector { get; set; } = "";
    /// <summary>The company's contact for this vacancy (a canvassed vacancy's contact, or the employer's HR).</summary>
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string Position { get; set; } = "";
    public string Description { get; set; } = "";
    public int Openings { get; set; }
    /// <summary>A kabupaten/kota name of LaborMarket.Regions (or "Luar Sumatera Selatan").</summary>
    public string Location { get; set; } = "";
    /// <summary>Minimum education, LaborMarket.EducationLevel as int (0 = any).</summary>
    public int EducationMin { get; set; }
    /// <summary>Accepted majors, comma-separated ("Teknik Mesin, Teknik Otomotif"); empty = any.</summary>
    public string Majors { get; set; } = "";
    /// <summary>Skills asked, comma-separated.</summary>
    public string Skills { get; set; } = "";
    public int ExperienceYears { get; set; }
    /// <summary>An age range only with a reason the job truly requires it (UU 13/2003 Pasal 5–6); both null = no limit.</summary>
    public int? AgeMin { get; set; }
    public int? AgeMax { get; set; }
    public string? AgeReason { get; set; }
    /// <summary>"Laki-laki" or "Perempuan" only with the job's reason; null = both.</summary>
    public string? Gender { get; set; }
    public string? GenderReason { get; set; }
    /// <summary>Monthly, in rupiah.</summary>
    public long? SalaryMin { get; set; }
    public long? SalaryMax { get; set; }
    /// <summary>Last day applications are accepted (office calendar date); hidden from the listing after it.</summary>
    public DateOnly ClosesOn { get; set; }
    public VacancyStatus Status { get; set; }
    /// <summary>The register-lowongan number (wajib lapor), set when published.</summary>
    public string? RegisterNumber { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    /// <summary>When the employer or an officer closed it early (filled or withdrawn).</summary>
    public DateTimeOffset? ClosedAt { get; set; }
}

public enum VacancySource { Employer, Canvassed, OnBehalf }

/// <summary>Submitted (berkas open), Returned (waiting on the employer's fix), Published, Rejected, Closed (early, by hand).</summary>
public enum VacancyStatus { Submitted, Returned, Published, Rejected, Closed }
