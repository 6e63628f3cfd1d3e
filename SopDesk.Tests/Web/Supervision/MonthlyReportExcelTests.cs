using ClosedXML.Excel;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Reports;
using static SopDesk.Tests.Web.Supervision.SupervisionSetup;

namespace SopDesk.Tests.Web.Supervision;

/// <summary>The November 2026 workbook read back with ClosedXML: title, office, styled frozen header, typed cells.</summary>
public sealed class MonthlyReportExcelTests : IAsyncLifetime
{
    private static readonly DateTimeOffset MonthStart = At(11, 1, 0), MonthEnd = At(12, 1, 0);

    private readonly HandBuiltCases _set = HandBuiltCases.November();
    private XLWorkbook _workbook = default!;

    public async Task InitializeAsync()
    {
        await using var seeded = await SeededServices.CreateAsync(_set, new FakeTimeProvider(At(12, 3, 9, 0)));
        var report = await seeded.Get<MonthlyReportService>().BuildAsync(2026, 11);
        _workbook = new XLWorkbook(new MemoryStream(MonthlyReportExcel.Build(report)));
    }

    public Task DisposeAsync()
    {
        _workbook.Dispose();
        return Task.CompletedTask;
    }

    private IXLWorksheet Recap => _workbook.Worksheet(1);

    private IXLRow RowOf(IXLWorksheet sheet, string firstCell) => sheet.RowsUsed().Single(r => r.Cell(1).GetString() == firstCell);

    [Fact]
    public void The_recap_sheet_has_the_title_the_office_and_a_styled_frozen_header()
    {
        Recap.Cell("A1").GetString().ShouldBe("Laporan Bulanan Pelayanan — November 2026");
        Recap.Cell("A1").Style.Font.Bold.ShouldBeTrue();
        Recap.Cell("A2").GetString().ShouldBe(
            "Bidang Tenaga Kerja — Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja Kota Pagar Alam");
        Recap.Row(5).Cells(1, 7).Select(c => c.GetString()).ShouldBe(["SOP", "Nama SOP", "Diterima", "Selesai", "Dikembalikan", "Ditolak", "Dalam proses akhir bulan"]);
        Recap.Cell("C5").Style.Font.Bold.ShouldBeTrue();
        Recap.Cell("C5").Style.Fill.BackgroundColor.ShouldNotBe(XLColor.NoColor);
        Recap.SheetView.SplitRow.ShouldBe(5);
        Recap.Column(2).Width.ShouldBeGreaterThan(30, "widths are set explicitly so long SOP names are readable");
    }

    [Fact]
    public void Counts_are_numbers_and_the_share_on_time_is_an_Excel_percentage()
    {
        var ak1 = RowOf(Recap, CaseDriver.Definitions["ak1"].Header.Nomor);
        var received = _set.Cases.Count(c => c.DefinitionId == "ak1" && c.StartedAt >= MonthStart && c.StartedAt < MonthEnd);

        ak1.Cell(3).DataType.ShouldBe(XLDataType.Number);
        ak1.Cell(3).GetDouble().ShouldBe(received);
        // Finished A1 A2 A3 A7 A10; on time A1 A3 A10 (column 6 is Ditolak).
        ak1.Cell(8).DataType.ShouldBe(XLDataType.Number);
        ak1.Cell(8).GetDouble().ShouldBe(0.6, 1e-9);
        ak1.Cell(8).Style.NumberFormat.Format.ShouldEndWith("%");
        var meanDays = _set.Cases.Where(c => c.DefinitionId == "ak1" && c.ClosedAt >= MonthStart && c.ClosedAt < MonthEnd)
            .Average(c => PlainOfficeClock.WorkingDays(c.StartedAt, c.ClosedAt!.Value));
        ak1.Cell(9).DataType.ShouldBe(XLDataType.Number);
        ak1.Cell(9).GetDouble().ShouldBe(meanDays, 1e-9);

        var total = RowOf(Recap, "");
        total.Cell(2).GetString().ShouldBe("Jumlah");
        total.Cell(3).GetDouble().ShouldBe(_set.Cases.Count(c => c.StartedAt >= MonthStart && c.StartedAt < MonthEnd));
        total.Cell(3).Style.Font.Bold.ShouldBeTrue();
    }

    [Fact]
    public void A_second_sheet_lists_the_breaches_per_step_as_numbers()
    {
        var sheet = _workbook.Worksheet("Pelanggaran per langkah");
        var ak1 = CaseDriver.Definitions["ak1"];
        var rows = sheet.RowsUsed().Where(r => r.RowNumber() > 5 && r.Cell(1).GetString() == ak1.Header.Nomor).ToList();

        rows.Select(r => r.Cell(4).GetString()).ShouldBe(
            new[] { "periksa", "input-data", "paraf-kasi", "tandatangan" }.Select(id => ak1.Step(id).Kegiatan), ignoreOrder: true);
        rows.ShouldAllBe(r => r.Cell(3).DataType == XLDataType.Number && r.Cell(5).DataType == XLDataType.Number && r.Cell(5).GetDouble() == 1);
        sheet.SheetView.SplitRow.ShouldBe(5);
    }
}
