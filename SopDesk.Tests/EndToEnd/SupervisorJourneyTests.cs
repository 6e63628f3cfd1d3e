using ClosedXML.Excel;
using Microsoft.Playwright;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// A supervisor on the demo data: the watcher's escalations are waiting without anyone having opened a page, the
/// time-per-step dashboard shows which AK1 steps miss their target and drills to the late berkas, and last
/// month's report downloads as an Excel file with figures in it.
/// </summary>
public sealed class SupervisorJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_Kasi_finds_escalations_the_late_steps_of_AK1_their_berkas_and_last_months_report()
    {
        await using var kasi = await OfficerSession.SignInAsync(browser, "kasi");
        var page = kasi.Page;

        // The watcher swept on its own at start-up: breaches older than the grace are escalated to the Kasi.
        await kasi.OpenAsync("/notifikasi");
        await page.Locator("[data-testid=notifications]", new() { HasText = "Eskalasi:" }).WaitForAsync();

        await kasi.OpenAsync("/dasbor/waktu-langkah?sop=ak1");
        var late = page.Locator("[data-testid=sop-step-table] tr[data-step]:has([data-heat=late])");
        (await late.CountAsync()).ShouldBeGreaterThan(0, "the demo data has AK1 steps done late more often than not");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "sopdesk-dasbor-waktu-langkah.png"), FullPage = true });

        await late.First.ClickAsync();
        var lateRows = page.Locator("[data-testid=late-berkas] tbody tr:has(a[href^='/berkas/'])");
        await lateRows.First.WaitForAsync();
        var number = await lateRows.First.Locator("a").InnerTextAsync();
        await lateRows.First.Locator("a").ClickAsync();
        await page.Locator("[data-testid=case-number]", new() { HasText = number }).WaitForAsync();

        await kasi.OpenAsync("/laporan/bulanan");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=download]"));
        var file = Path.Combine(Path.GetTempPath(), $"sopdesk-e2e-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            using var workbook = new XLWorkbook(file);
            var total = workbook.Worksheet(1).RowsUsed().Single(r => r.Cell(2).GetString() == "Jumlah");
            total.Cell(3).GetValue<int>().ShouldBeGreaterThan(0, "berkas received last month");
            total.Cell(4).GetValue<int>().ShouldBeGreaterThan(0, "berkas finished last month");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
