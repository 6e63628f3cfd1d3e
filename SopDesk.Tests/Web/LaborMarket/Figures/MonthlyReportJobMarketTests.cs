using Bunit;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SopDesk.Tests.Data;
using SopDesk.Web.Features.LaborMarket.Figures;
using SopDesk.Web.Features.Reports;
using SopDesk.Web.Features.Reports.LaborMarket;

namespace SopDesk.Tests.Web.LaborMarket.Figures;

/// <summary>The monthly report's "Pasar kerja" section for November 2026 over <see cref="NovemberMarket"/>: on the page and in the Excel file.</summary>
public sealed class MonthlyReportJobMarketTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();
    private TempDatabase _database = default!;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        await using (var db = _database.NewContext()) await NovemberMarket.SeedAsync(db);
        _context.Services.AddMudServices();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        FiguresServices.Register(_context.Services, _database);
        await _context.Services.LoadDefinitionsAndOfficeAsync(FiguresServices.Now);
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_report_page_shows_the_months_job_market_lines_and_the_tables_by_education_and_sector()
    {
        _context.Services.GetRequiredService<NavigationManager>().NavigateTo("/laporan/bulanan?bulan=2026-11");
        var page = _context.Render<MonthlyReportPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=labor-market-figures]"));

        string Line(string label) => page.Find($"[data-testid=labor-market-figures] tr[data-labor-market='{label}'] td:last-child").TextContent;
        Line("Lowongan dilaporkan — jumlah").ShouldBe("4");
        Line("Lowongan hasil kanvas petugas").ShouldBe("1");
        Line("Lowongan ditayangkan").ShouldBe("3");
        Line("Formasi lowongan yang ditayangkan").ShouldBe("6");
        Line("Rata-rata pelamar per lowongan").ShouldBe("1,3 pelamar");
        Line("Penempatan dilaporkan").ShouldBe("5");
        Line("Lowongan terisi").ShouldBe("3");
        Line("Median waktu pengisian lowongan").ShouldBe("22,0 hari kalender");
        page.Find("[data-testid=report-by-education] tr[data-group='3'] [data-col=placements]").TextContent.ShouldBe("2");
        page.Find("[data-testid=report-by-sector] tr[data-group=A] [data-col=days]").TextContent.ShouldBe("16 hari");
        page.Find("[data-testid=help]").TextContent.ShouldContain("Pasar kerja — Waktu pengisian");
        // The sections before it are still there.
        page.Find("[data-testid=online-figures]").ShouldNotBeNull();
        page.Find("[data-testid=report-title]").TextContent.ShouldBe("Laporan Bulanan Pelayanan — November 2026");
    }

    [Fact]
    public async Task The_excel_file_has_a_pasar_kerja_sheet_with_the_same_lines_and_the_breakdowns_as_numbers()
    {
        MonthlyReport report;
        using (var scope = _context.Services.CreateScope())
            report = await scope.ServiceProvider.GetRequiredService<MonthlyReportService>().BuildAsync(2026, 11);
        using var workbook = new XLWorkbook(new MemoryStream(MonthlyReportExcel.Build(report)));

        workbook.Worksheets.Select(w => w.Name).ShouldBe(["Rekap", "Pelanggaran per langkah", "Layanan online", LaborMarketReportLines.Title]);
        var sheet = workbook.Worksheet(LaborMarketReportLines.Title);
        double Value(string label) => sheet.RowsUsed().Single(r => r.Cell(2).GetString() == label).Cell(3).GetDouble();
        Value("Lowongan dilaporkan pemberi kerja").ShouldBe(2);
        Value("Lowongan dicatat atas nama pemberi kerja").ShouldBe(1);
        Value("Lowongan ditayangkan").ShouldBe(3);
        Value("Rata-rata pelamar per lowongan").ShouldBe(4.0 / 3, 1e-9);
        Value("Median pelamar per lowongan").ShouldBe(1);
        Value("Penempatan dilaporkan").ShouldBe(5);
        Value("Median waktu pengisian lowongan").ShouldBe(22);
        sheet.RowsUsed().Single(r => r.Cell(2).GetString() == "Median waktu pengisian lowongan").Cell(4).GetString().ShouldBe("hari kalender");
        sheet.Cell(1, 1).GetString().ShouldBe("Laporan Bulanan Pelayanan — November 2026");

        var education = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == LaborMarketSheet.ByEducationTitle).RowNumber();
        var sector = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == LaborMarketSheet.BySectorTitle).RowNumber();
        var sma = sheet.RowsUsed().Single(r => r.RowNumber() > education && r.RowNumber() < sector && r.Cell(1).GetString() == "SMA/SMK");
        (sma.Cell(2).GetDouble(), sma.Cell(3).GetDouble(), sma.Cell(4).GetDouble(), sma.Cell(5).GetDouble(), sma.Cell(6).GetDouble()).ShouldBe((1, 2, 2, 16, 2));
        var a = sheet.RowsUsed().Single(r => r.RowNumber() > sector && r.Cell(1).GetString().StartsWith("A — "));
        (a.Cell(2).GetDouble(), a.Cell(6).GetDouble()).ShouldBe((1, 3));
        sheet.RowsUsed().Count(r => r.RowNumber() > sector + 1).ShouldBe(4, "only sectors with something to count: A, G, I, Q");
    }

    [Fact]
    public async Task The_figures_page_shows_the_cards_both_charts_and_the_tables_for_the_chosen_month()
    {
        _context.Services.GetRequiredService<NavigationManager>().NavigateTo("/pasar-kerja/angka?tahun=2026&bulan=11");
        var page = _context.Render<LaborMarketFiguresPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=cards]"));

        page.Find("[data-testid=period]").TextContent.ShouldBe("November 2026");
        page.Find("[data-card='Lowongan dilaporkan'] [data-value]").TextContent.ShouldBe("4");
        page.Find("[data-card='Pelamar per lowongan'] [data-value]").TextContent.ShouldBe("1,3");
        page.Find("[data-card='Waktu pengisian (median)'] [data-value]").TextContent.ShouldBe("22 hari");
        page.FindAll("[data-testid=placements-chart] .mud-chart").ShouldNotBeEmpty();
        page.FindAll("[data-testid=vacancies-chart] .mud-chart").ShouldNotBeEmpty();
        page.Find("[data-testid=by-sector] tr[data-group=Q] [data-col=filled]").TextContent.ShouldBe("1");
        page.Markup.ShouldNotContain("http://", customMessage: "nothing loaded from another origin");
        page.Markup.ShouldNotContain("https://");
        await Task.CompletedTask;
    }

    [Fact]
    public void Counts_are_written_with_indonesian_thousands_separators()
    {
        FigureText.Count(1500).ShouldBe("1.500");
        FigureText.Decimal(1234.56).ShouldBe("1.234,6");
        FigureText.Days(null).ShouldBe("–");
    }
}
