using ClosedXML.Excel;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Tests.Web.Supervision;
using SopDesk.Web.Features.Reports;
using static SopDesk.Tests.Web.Supervision.SupervisionSetup;

namespace SopDesk.Tests.Web.Words;

/// <summary>The monthly workbook says when it was prepared with the office's time zone, as every time the office shows.</summary>
public class MonthlyReportZoneTests
{
    [Fact]
    public async Task The_workbook_says_when_it_was_prepared_in_WIB()
    {
        await using var seeded = await SeededServices.CreateAsync(HandBuiltCases.November(), new FakeTimeProvider(At(12, 1, 10, 17)));
        var report = await seeded.Get<MonthlyReportService>().BuildAsync(2026, 11);

        using var workbook = new XLWorkbook(new MemoryStream(MonthlyReportExcel.Build(report)));

        workbook.Worksheet(1).Cell("A3").GetString().ShouldStartWith("Disusun 1 Desember 2026 10.17 WIB · batas penyampaian ");
    }
}
