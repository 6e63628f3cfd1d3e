using ClosedXML.Excel;
using SopDesk.Web.Features.LaborMarket.Figures;

namespace SopDesk.Web.Features.Reports.LaborMarket;

/// <summary>
/// The monthly report's "Pasar kerja" sheet: the section's lines (group, figure, value, unit) under the report's frozen header, then the
/// month by education and by sector, each under its own bold title row. Counts are numbers the office can add up.
/// </summary>
public static class LaborMarketSheet
{
    public const string ByEducationTitle = "Menurut pendidikan";
    public const string BySectorTitle = "Menurut sektor usaha (KBLI 2020)";

    private static readonly string[] GroupHeaders = ["Lowongan tayang", "Formasi", "Lowongan terisi", "Median waktu pengisian (hari kalender)", "Penempatan"];

    public static void Write(IXLWorksheet sheet, MonthlyReport report, JobMarketFigures figures)
    {
        MonthlyReportExcel.Heading(sheet, report, ["Kelompok", "Angka", "Nilai", "Satuan"]);
        var row = MonthlyReportExcel.HeaderRow + 1;
        foreach (var line in LaborMarketReportLines.For(figures.Summary))
        {
            sheet.Cell(row, 1).SetValue(line.Group);
            sheet.Cell(row, 2).SetValue(line.Label);
            MonthlyReportExcel.Optional(sheet.Cell(row, 3), line.Value, line.IsCount ? "0" : "0.0");
            sheet.Cell(row, 4).SetValue(line.Unit);
            row++;
        }
        row = Groups(sheet, row + 1, ByEducationTitle, "Pendidikan", figures.ByEducation);
        Groups(sheet, row + 1, BySectorTitle, "Sektor", figures.BySector);
        MonthlyReportExcel.Widths(sheet, 44, 44, 14, 14, 18, 14);
    }

    /// <summary>A title row, a header row and one row per group with something to count; returns the next free row.</summary>
    private static int Groups(IXLWorksheet sheet, int row, string title, string keyTitle, IReadOnlyList<GroupFigures> groups)
    {
        sheet.Cell(row, 1).SetValue(title).Style.Font.Bold = true;
        row++;
        string[] headers = [keyTitle, .. GroupHeaders];
        for (var i = 0; i < headers.Length; i++) sheet.Cell(row, i + 1).SetValue(headers[i]);
        var header = sheet.Range(row, 1, row, headers.Length).Style;
        header.Font.Bold = true;
        header.Alignment.WrapText = true;
        row++;
        foreach (var g in groups.Where(g => !g.IsEmpty))
        {
            sheet.Cell(row, 1).SetValue(g.Label);
            sheet.Cell(row, 2).SetValue(g.Published);
            sheet.Cell(row, 3).SetValue(g.Openings);
            sheet.Cell(row, 4).SetValue(g.Filled);
            MonthlyReportExcel.Optional(sheet.Cell(row, 5), g.MedianDaysToFill, "0.0");
            sheet.Cell(row, 6).SetValue(g.Placements);
            row++;
        }
        return row;
    }
}
