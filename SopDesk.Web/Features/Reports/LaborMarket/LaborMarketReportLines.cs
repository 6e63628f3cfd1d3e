using SopDesk.Web.Features.LaborMarket.Figures;

namespace SopDesk.Web.Features.Reports.LaborMarket;

/// <summary>One line of the monthly report's "Pasar kerja" section: group, label, value (null: nothing to measure) and its unit.</summary>
public sealed record LaborMarketReportLine(string Group, string Label, double? Value, string Unit = "")
{
    /// <summary>Whole numbers for counts, one decimal for means, medians and days.</summary>
    public bool IsCount => Unit == "";
}

/// <summary>The section as lines, one wording for the page and the Excel sheet (definitions: docs/decisions/026-job-market-figures.md).</summary>
public static class LaborMarketReportLines
{
    public const string Title = "Pasar kerja";
    public const string Vacancies = "Lowongan";
    public const string Placements = "Penempatan";
    public const string Days = "hari kalender";
    public const string PerVacancy = "pelamar";

    public static IReadOnlyList<LaborMarketReportLine> For(JobMarketSummary s) =>
    [
        new(Vacancies, "Lowongan dilaporkan pemberi kerja", s.ReportedByEmployer),
        new(Vacancies, "Lowongan hasil kanvas petugas", s.Canvassed),
        new(Vacancies, "Lowongan dicatat atas nama pemberi kerja", s.OnBehalf),
        new(Vacancies, "Lowongan dilaporkan — jumlah", s.Reported),
        new(Vacancies, "Lowongan ditayangkan", s.Published),
        new(Vacancies, "Formasi lowongan yang ditayangkan", s.Openings),
        new(Vacancies, "Rata-rata pelamar per lowongan", s.ApplicantsPerVacancyMean, PerVacancy),
        new(Vacancies, "Median pelamar per lowongan", s.ApplicantsPerVacancyMedian, PerVacancy),
        new(Placements, "Penempatan dilaporkan", s.Placements),
        new(Placements, "Lowongan terisi", s.Filled),
        new(Placements, "Median waktu pengisian lowongan", s.MedianDaysToFill, Days),
    ];

    /// <summary>"12", "3,5 pelamar", "9 hari kalender", "–".</summary>
    public static string Text(LaborMarketReportLine line) => line.Value is not { } v ? "–"
        : line.IsCount ? v.ToString("N0", Shared.OfficeTime.Indonesian)
        : $"{v.ToString("#,##0.0", Shared.OfficeTime.Indonesian)} {line.Unit}";

    public static readonly IReadOnlyList<(string Column, string Meaning)> Help =
        [.. FigureDefinitions.Help.Where(h => h.Term != "Bulan").Select(h => ($"{Title} — {h.Term}", h.Meaning))];
}
