using ClosedXML.Excel;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.Reports;

/// <summary>
/// The monthly report as an Excel workbook: a recap sheet (title, office, one row per SOP and a totals row under a
/// frozen, styled header) a sheet of breaches per step and the "Layanan online" sheet. Counts are numbers, shares are Excel percentages.
/// Column widths are set here: ClosedXML's AdjustToContents measures text with System.Drawing, which needs
/// libgdiplus on Linux.
/// </summary>
public static class MonthlyReportExcel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const int HeaderRow = 5;

    private static readonly XLColor HeaderFill = XLColor.FromHtml("#1E5A8C");

    public static string FileName(int year, int month) => $"laporan-bulanan-{year}-{month:00}.xlsx";

    public static byte[] Build(MonthlyReport report)
    {
        using var workbook = new XLWorkbook();
        Recap(workbook.Worksheets.Add("Rekap"), report);
        BreachSheet(workbook.Worksheets.Add("Pelanggaran per langkah"), report);
        OnlineSheet(workbook.Worksheets.Add(Online.OnlineFigureLines.Title), report);
        if (report.JobMarket is { } jobMarket) LaborMarket.LaborMarketSheet.Write(workbook.Worksheets.Add(LaborMarket.LaborMarketReportLines.Title), report, jobMarket);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Recap(IXLWorksheet sheet, MonthlyReport report)
    {
        string[] headers =
        [
            MonthlyReportColumns.Sop, "Nama SOP", MonthlyReportColumns.Received, MonthlyReportColumns.Finished, MonthlyReportColumns.Returned,
            MonthlyReportColumns.Rejected, MonthlyReportColumns.InProgress, MonthlyReportColumns.OnTime, MonthlyReportColumns.MeanDays, MonthlyReportColumns.P90Days,
            MonthlyReportColumns.Breaches, MonthlyReportColumns.BreachSteps,
        ];
        Heading(sheet, report, headers);
        var row = HeaderRow + 1;
        foreach (var figures in report.Rows.Append(report.Total))
        {
            sheet.Cell(row, 1).SetValue(figures.Nomor);
            sheet.Cell(row, 2).SetValue(figures.Name);
            sheet.Cell(row, 3).SetValue(figures.Received);
            sheet.Cell(row, 4).SetValue(figures.Finished);
            sheet.Cell(row, 5).SetValue(figures.Returned);
            sheet.Cell(row, 6).SetValue(figures.Rejected);
            sheet.Cell(row, 7).SetValue(figures.InProgress);
            Optional(sheet.Cell(row, 8), figures.OnTimeShare, "0.0%");
            Optional(sheet.Cell(row, 9), figures.MeanDays, "0.0");
            Optional(sheet.Cell(row, 10), figures.P90Days, "0.0");
            sheet.Cell(row, 11).SetValue(figures.BreachCount);
            if (figures != report.Total)
                sheet.Cell(row, 12).SetValue(string.Join("; ", figures.Breaches.Select(b => $"{b.StepNumber}. {b.StepName}: {b.Count}")));
            row++;
        }
        var totals = sheet.Range(row - 1, 1, row - 1, headers.Length).Style;
        totals.Font.Bold = true;
        totals.Border.TopBorder = XLBorderStyleValues.Thin;
        sheet.Column(12).Style.Alignment.WrapText = true;
        Widths(sheet, 28, 44, 11, 11, 14, 11, 16, 13, 18, 16, 14, 60);
    }

    private static void BreachSheet(IXLWorksheet sheet, MonthlyReport report)
    {
        string[] headers = [MonthlyReportColumns.Sop, "Nama SOP", "No", "Langkah", MonthlyReportColumns.Breaches];
        Heading(sheet, report, headers);
        var row = HeaderRow + 1;
        foreach (var figures in report.Rows)
            foreach (var breach in figures.Breaches)
            {
                sheet.Cell(row, 1).SetValue(figures.Nomor);
                sheet.Cell(row, 2).SetValue(figures.Name);
                // A sub-step ("4a") is text; a plain step number stays a number the office can sort on.
                if (breach.StepNumber == breach.StepNo.ToString(System.Globalization.CultureInfo.InvariantCulture)) sheet.Cell(row, 3).SetValue(breach.StepNo);
                else sheet.Cell(row, 3).SetValue(breach.StepNumber);
                sheet.Cell(row, 4).SetValue(breach.StepName);
                sheet.Cell(row, 5).SetValue(breach.Count);
                row++;
            }
        Widths(sheet, 28, 44, 6, 60, 16);
    }

    /// <summary>The "Layanan online" section, one line per figure as on the page; times in hari kerja or jam kerja by their unit column.</summary>
    private static void OnlineSheet(IXLWorksheet sheet, MonthlyReport report)
    {
        Heading(sheet, report, ["Kelompok", "Angka", "Nilai", "Satuan"]);
        var row = HeaderRow + 1;
        foreach (var line in Online.OnlineFigureLines.For(report.Online))
        {
            sheet.Cell(row, 1).SetValue(line.Group);
            sheet.Cell(row, 2).SetValue(line.Label);
            Optional(sheet.Cell(row, 3), line.Value, line.Format switch
            {
                Online.FigureFormat.Count => "0",
                Online.FigureFormat.Share => "0.0%",
                _ => "0.0",
            });
            sheet.Cell(row, 4).SetValue(Online.OnlineFigureLines.Unit(line.Format));
            row++;
        }
        Widths(sheet, 20, 60, 12, 12);
    }

    /// <summary>Title, office, preparation time, and the frozen header row.</summary>
    internal static void Heading(IXLWorksheet sheet, MonthlyReport report, string[] headers)
    {
        var title = sheet.Cell(1, 1).SetValue(report.Title);
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        sheet.Cell(2, 1).SetValue(report.Office);
        sheet.Cell(3, 1).SetValue($"Disusun {report.PreparedText} · batas penyampaian {report.DueDate.ToString("d MMMM yyyy", OfficeTime.Indonesian)}");
        for (var i = 0; i < headers.Length; i++) sheet.Cell(HeaderRow, i + 1).SetValue(headers[i]);
        var header = sheet.Range(HeaderRow, 1, HeaderRow, headers.Length).Style;
        header.Font.Bold = true;
        header.Font.FontColor = XLColor.White;
        header.Fill.BackgroundColor = HeaderFill;
        header.Alignment.WrapText = true;
        header.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        sheet.SheetView.FreezeRows(HeaderRow);
    }

    internal static void Optional(IXLCell cell, double? value, string format)
    {
        if (value is not { } v) return;
        cell.SetValue(v);
        cell.Style.NumberFormat.Format = format;
    }

    internal static void Widths(IXLWorksheet sheet, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++) sheet.Column(i + 1).Width = widths[i];
    }
}
