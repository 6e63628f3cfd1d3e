namespace SopDesk.Web.Features.LaborMarket.Vacancies;

/// <summary>
/// What a vacancy form posts, on the public side and at the desk: strings as typed, so a form shown again after an error
/// loses nothing. <see cref="VacancyRules"/> reads it; <see cref="CompanyName"/> and <see cref="Sector"/> of an employer's
/// own report come from the form too (the sector), the company name from the account.
/// </summary>
public sealed class VacancyInput
{
    public string? CompanyName { get; set; }
    public string? Position { get; set; }
    public string? Description { get; set; }
    public string? Openings { get; set; }
    public string? Location { get; set; }
    /// <summary>KBLI 2020 section letter.</summary>
    public string? Sector { get; set; }
    /// <summary>An education label of <c>EducationLevels</c> ("SMA/SMK").</summary>
    public string? Education { get; set; }
    public string? Majors { get; set; }
    public string? Skills { get; set; }
    public string? ExperienceYears { get; set; }
    public string? AgeMin { get; set; }
    public string? AgeMax { get; set; }
    public string? AgeReason { get; set; }
    /// <summary>Empty (both), "Laki-laki" or "Perempuan".</summary>
    public string? Gender { get; set; }
    public string? GenderReason { get; set; }
    public string? SalaryMin { get; set; }
    public string? SalaryMax { get; set; }
    /// <summary>yyyy-MM-dd, as an input of type date sends it.</summary>
    public string? ClosesOn { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    /// <summary>The public form's one-time submission id (FormTokens), carried between posts.</summary>
    public string? Submission { get; set; }

    /// <summary>The form of a stored vacancy, to edit it ("Perbaiki dan kirim ulang").</summary>
    public static VacancyInput From(SopDesk.Data.Entities.VacancyRecord v) => new()
    {
        CompanyName = v.CompanyName, Position = v.Position, Description = v.Description, Openings = v.Openings.ToString(),
        Location = v.Location, Sector = v.Sector, Education = SopDesk.Data.LaborMarket.EducationLevels.Label(v.EducationMin),
        Majors = v.Majors, Skills = v.Skills, ExperienceYears = v.ExperienceYears.ToString(), AgeMin = v.AgeMin?.ToString(),
        AgeMax = v.AgeMax?.ToString(), AgeReason = v.AgeReason, Gender = v.Gender, GenderReason = v.GenderReason,
        SalaryMin = v.SalaryMin is { } min ? VacancyRules.Rupiah(min) : null, SalaryMax = v.SalaryMax is { } max ? VacancyRules.Rupiah(max) : null,
        ClosesOn = v.ClosesOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ContactName = v.ContactName, ContactPhone = v.ContactPhone, ContactEmail = v.ContactEmail,
    };
}
