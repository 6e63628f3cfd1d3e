using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;

namespace SopDesk.Web.Features.LaborMarket.Figures;

/// <summary>
/// The figures from loaded rows, in memory (an office has hundreds of vacancies a year, not millions). Every period is
/// [first day 00.00, first day of the next period 00.00) in the office's zone. Definitions: docs/decisions/026-job-market-figures.md.
/// </summary>
public static class FigureCalculator
{
    public static JobMarketFigures Compute(IReadOnlyList<VacancyRow> vacancies, IReadOnlyList<PlacementRow> placements, TimeZoneInfo zone,
        int year, int? month)
    {
        var filled = Filled(vacancies, placements, zone);
        var (start, end) = Window(year, month, zone);
        var byMonth = Enumerable.Range(1, 12).Select(m =>
        {
            var (s, e) = Window(year, m, zone);
            return new MonthFigures(m, vacancies.Count(v => In(v.CreatedAt, s, e)), vacancies.Count(v => In(v.PublishedAt, s, e)),
                placements.Count(p => In(p.ReportedAt, s, e)));
        }).ToList();

        var published = vacancies.Where(v => In(v.PublishedAt, start, end)).ToList();
        var filledHere = filled.Where(f => In(f.FilledAt, start, end)).ToList();
        var placed = placements.Where(p => In(p.ReportedAt, start, end)).ToList();
        var reported = vacancies.Where(v => In(v.CreatedAt, start, end)).ToList();
        var applicants = published.Select(v => (double)v.Applicants).Order().ToList();
        var summary = new JobMarketSummary(
            reported.Count(v => v.Source == VacancySource.Employer), reported.Count(v => v.Source == VacancySource.Canvassed),
            reported.Count(v => v.Source == VacancySource.OnBehalf), published.Count, published.Sum(v => v.Openings), filledHere.Count, placed.Count,
            applicants.Count == 0 ? null : applicants.Average(), Median(applicants), Median(DaysToFill(filledHere)));

        var byEducation = EducationLevels.All.Select(e => Group(((int)e.Level).ToString(System.Globalization.CultureInfo.InvariantCulture),
                e.Level == EducationLevel.Any ? "Semua jenjang / tidak disebut" : e.Label,
                published.Where(v => v.EducationMin == (int)e.Level), filledHere.Where(f => f.Vacancy.EducationMin == (int)e.Level),
                placed.Count(p => p.Education == (int)e.Level)))
            .ToList();
        var bySector = Sectors.All.Select(s => Group(s.Code, $"{s.Code} — {s.Name}", published.Where(v => v.Sector == s.Code),
                filledHere.Where(f => f.Vacancy.Sector == s.Code), placed.Count(p => p.Sector == s.Code)))
            .ToList();
        // Rows with a sector outside KBLI (empty, or a typo in old data) stay countable in one line.
        var otherSector = Group("", "Tidak diketahui", published.Where(v => !Sectors.IsKnown(v.Sector)),
            filledHere.Where(f => !Sectors.IsKnown(f.Vacancy.Sector)), placed.Count(p => !Sectors.IsKnown(p.Sector)));
        if (!otherSector.IsEmpty) bySector.Add(otherSector);
        return new JobMarketFigures(year, month, summary, byMonth, byEducation, bySector);
    }

    /// <summary>[start, end) of a month, or of the year when <paramref name="month"/> is null, in the office's zone.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Window(int year, int? month, TimeZoneInfo zone)
    {
        var first = new DateOnly(year, month ?? 1, 1);
        return (OfficeDays.StartOf(first, zone), OfficeDays.StartOf(month is null ? first.AddYears(1) : first.AddMonths(1), zone));
    }

    /// <summary>
    /// Each published vacancy whose placements reached its openings: filled by the placement (in order of reporting) that made the count
    /// equal its openings; days to fill are hari kalender between the office-local dates of publication and of that placement's report.
    /// </summary>
    public static IReadOnlyList<FilledVacancy> Filled(IReadOnlyList<VacancyRow> vacancies, IReadOnlyList<PlacementRow> placements, TimeZoneInfo zone)
    {
        var byVacancy = placements.Where(p => p.VacancyId is not null).ToLookup(p => p.VacancyId!.Value);
        var filled = new List<FilledVacancy>();
        foreach (var v in vacancies)
        {
            if (v.PublishedAt is not { } publishedAt || v.Openings < 1) continue;
            var reports = byVacancy[v.Id].OrderBy(p => p.ReportedAt).ToList();
            if (reports.Count < v.Openings) continue;
            var filledAt = reports[v.Openings - 1].ReportedAt;
            var days = OfficeDays.DayOf(filledAt, zone).DayNumber - OfficeDays.DayOf(publishedAt, zone).DayNumber;
            filled.Add(new FilledVacancy(v, filledAt, Math.Max(0, days)));
        }
        return filled;
    }

    /// <summary>The middle value of the sorted list, or the mean of the two middle values; null for an empty list.</summary>
    public static double? Median(IReadOnlyList<double> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2,
    };

    private static List<double> DaysToFill(IEnumerable<FilledVacancy> filled) => [.. filled.Select(f => (double)f.DaysToFill).Order()];

    private static GroupFigures Group(string key, string label, IEnumerable<VacancyRow> published, IEnumerable<FilledVacancy> filled, int placements)
    {
        var p = published.ToList();
        var f = filled.ToList();
        return new GroupFigures(key, label, p.Count, p.Sum(v => v.Openings), f.Count, placements, Median(DaysToFill(f)));
    }

    private static bool In(DateTimeOffset? at, DateTimeOffset start, DateTimeOffset end) => at >= start && at < end;
}
