using SopDesk.Data.Entities;

namespace SopDesk.Web.Features.LaborMarket.Placements;

/// <summary>
/// One applicant as the vacancy's employer (or an officer) sees them: what the job needs — never the NIK, the address or
/// the AK1 documents. <see cref="PlacedElsewhere"/>: the person was placed through another vacancy ("sudah bekerja").
/// </summary>
public sealed record ApplicantRow(Guid ApplicationId, long ProfileId, string Name, int? Age, string Education, string Major, string Skills,
    int ExperienceYears, string WishedPositions, string? Phone, string? Email, DateTimeOffset AppliedAt, JobApplicationStatus Status,
    string? Message, bool PlacedElsewhere);

/// <summary>A vacancy and its applicants (withdrawn applications left out), with the placements already made through it.</summary>
public sealed record ApplicantSheet(VacancyRecord Vacancy, IReadOnlyList<ApplicantRow> Rows, int Placed);

/// <summary>What the employer decides on one application.</summary>
public enum ApplicantDecision { Shortlist, NotContinue }

/// <summary>Indonesian labels of application states, as employers and seekers read them.</summary>
public static class ApplicationStatusLabels
{
    public static string Label(JobApplicationStatus status) => status switch
    {
        JobApplicationStatus.Sent => "Terkirim",
        JobApplicationStatus.Shortlisted => "Dipanggil",
        JobApplicationStatus.Hired => "Diterima bekerja",
        JobApplicationStatus.NotContinued => "Tidak dilanjutkan",
        JobApplicationStatus.Withdrawn => "Ditarik pelamar",
        _ => status.ToString(),
    };

    /// <summary>An application the employer may still call, drop or hire.</summary>
    public static bool IsOpen(JobApplicationStatus status) => status is JobApplicationStatus.Sent or JobApplicationStatus.Shortlisted;
}
