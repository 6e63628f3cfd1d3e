using Microsoft.Playwright;
using SopDesk.Web.Features.Demo;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// Last month's report on the demo data at 1366×768 (a common office laptop): no sideways scrolling, each SOP nomor on one
/// line, on-time shares like a real office's; the screenshot goes to docs/img/desk/ when SOPDESK_SCREENSHOTS=1.
/// </summary>
public sealed class WordsReportScreenTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_monthly_report_fits_a_laptop_screen_and_reads_like_a_real_office()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1366, Height = 768 } });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{browser.BaseUrl}/masuk");
        await page.FillAsync("#username", "kabid");
        await page.FillAsync("#password", DemoStaff.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{browser.BaseUrl}/");

        await page.GotoAsync($"{browser.BaseUrl}/laporan/bulanan");
        await page.Locator("[data-testid=report] [data-testid=sop-nomor]").First.WaitForAsync();

        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the report scrolls sideways at 1366 px");
        (await page.Locator("[data-testid=report] .mud-table-container").EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"))
            .ShouldBeTrue("the report table scrolls sideways inside the page at 1366 px");
        var nomorHeights = await page.Locator("[data-testid=sop-nomor]").EvaluateAllAsync<double[]>("els => els.map(e => e.getBoundingClientRect().height)");
        nomorHeights.ShouldAllBe(h => h < 24, "each SOP nomor stays on one line");
        var chipHeights = await page.Locator("[data-figure=breach-steps] .mud-chip").EvaluateAllAsync<double[]>("els => els.map(e => e.getBoundingClientRect().height)");
        chipHeights.ShouldAllBe(h => h < 30, "a breach chip stays on one line");

        var shares = await page.Locator("[data-testid=report] tbody [data-figure=on-time]").AllInnerTextsAsync();
        shares.Count(s => s.Trim() == "0%").ShouldBeLessThanOrEqualTo(1, $"on-time shares: {string.Join(", ", shares)}");

        if (JobMarketScreens.Enabled)
        {
            var folder = Path.Combine(Path.GetDirectoryName(JobMarketScreens.Folder)!, "desk");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "laporan-bulanan-1366.png"), FullPage = true, Scale = ScreenshotScale.Css });
        }
    }
}
