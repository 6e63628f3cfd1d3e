namespace SopDesk.Web.Features.Reports.Online;

/// <summary>
/// The "Layanan online" section of the monthly report. How each figure is counted: docs/decisions/022-complaints-and-online-figures.md;
/// one query class per group (<see cref="RegistrationFigures"/>, <see cref="OnlineApplicationFigures"/>, <see cref="ComplaintFigures"/>).
/// </summary>
public sealed record OnlineMonthFigures(RegistrationMonth Registrations, ApplicationMonth Applications, ComplaintMonth Complaints)
{
    public static readonly OnlineMonthFigures Empty = new(new([], 0, 0), new([], 0), new(0, 0, null, null, 0, 0, 0));
}

/// <summary>Public accounts registered in the month by kind; of the verification berkas started in the month, how many were verified within the target.</summary>
public sealed record RegistrationMonth(IReadOnlyList<(string Kind, int Count)> ByKind, int VerificationsStarted, int VerifiedWithinTarget)
{
    public int Total => ByKind.Sum(k => k.Count);

    /// <summary>0–1; null when no verification started in the month.</summary>
    public double? VerifiedWithinTargetShare => VerificationsStarted == 0 ? null : (double)VerifiedWithinTarget / VerificationsStarted;
}

/// <summary>Online applications submitted in the month per SOP, and online berkas sent back to the applicant in the month.</summary>
public sealed record ApplicationMonth(IReadOnlyList<SopCount> BySop, int ReturnedToApplicant)
{
    public int Total => BySop.Sum(s => s.Count);
}

public sealed record SopCount(string DefinitionId, string Nomor, string Name, int Count);

/// <summary>
/// Complaints received in the month; first responses given in the month with their time (hari kerja; mean and p90 by nearest
/// rank) and how many within the target; complaints closed in the month as resolved or as not resolvable.
/// </summary>
public sealed record ComplaintMonth(int Received, int Answered, double? MeanResponseDays, double? P90ResponseDays, int AnsweredWithinTarget,
    int Resolved, int NotResolvable)
{
    /// <summary>Length of one hari kerja in hours, to show the response times also in jam kerja.</summary>
    public double HoursPerDay { get; init; } = 8;

    public double? AnsweredWithinTargetShare => Answered == 0 ? null : (double)AnsweredWithinTarget / Answered;
}

/// <summary>The office's online targets: Perwali Banjarbaru 29/2015 sets 2 hari kerja for both verifying a registration and answering a complaint.</summary>
public static class OnlineTargets
{
    public const int WorkingDays = 2;
}
