namespace SopDesk.Web.Features.LaborMarket.Figures;

/// <summary>
/// The job market figures of one period (a calendar month of the office, or a whole year) as
/// docs/decisions/026-job-market-figures.md defines them, with the year's months for the charts and the breakdowns
/// by education level and by sector.
/// </summary>
public sealed record JobMarketFigures(int Year, int? Month, JobMarketSummary Summary, IReadOnlyList<MonthFigures> ByMonth,
    IReadOnlyList<GroupFigures> ByEducation, IReadOnlyList<GroupFigures> BySector)
{
    /// <summary>"November 2026" or "Tahun 2026".</summary>
    public string PeriodName => Month is { } m ? new DateTime(Year, m, 1).ToString("MMMM yyyy", Shared.OfficeTime.Indonesian) : $"Tahun {Year}";
}

/// <summary>The period's totals.</summary>
public sealed record JobMarketSummary(
    int ReportedByEmployer,
    int Canvassed,
    int OnBehalf,
    int Published,
    int Openings,
    int Filled,
    int Placements,
    /// <summary>Over the vacancies published in the period; null when none was published.</summary>
    double? ApplicantsPerVacancyMean,
    double? ApplicantsPerVacancyMedian,
    /// <summary>Median hari kalender from publication to the placement that filled the vacancy, over the vacancies filled in the period.</summary>
    double? MedianDaysToFill)
{
    public int Reported => ReportedByEmployer + Canvassed + OnBehalf;

    public static readonly JobMarketSummary Empty = new(0, 0, 0, 0, 0, 0, 0, null, null, null);
}

/// <summary>One month of the year: vacancies reported and published, and placements.</summary>
public sealed record MonthFigures(int Month, int Reported, int Published, int Placements);

/// <summary>
/// One education level or sector: vacancies published in the period and their openings, vacancies filled and their median time to fill
/// (grouped by the vacancy's minimum education or sector), and placements (grouped by the placement's own snapshot: the person's
/// education, the company's sector).
/// </summary>
public sealed record GroupFigures(string Key, string Label, int Published, int Openings, int Filled, int Placements, double? MedianDaysToFill)
{
    public bool IsEmpty => Published == 0 && Filled == 0 && Placements == 0;
}
