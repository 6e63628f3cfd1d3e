using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Demo;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// In a real browser the pages satisfy their own Content-Security-Policy (no violation reported, the circuit connects)
/// and nothing is fetched from another origin: fonts included, which come from SopDesk itself.
/// </summary>
public sealed class ContentSecurityJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Sign_in_inbox_berkas_register_print_and_verification_pages_break_no_policy_and_stay_on_their_origin()
    {
        RegisterEntryRecord entry;
        await using (var db = browser.Services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContext())
            entry = await db.RegisterEntries.AsNoTracking().Where(e => e.Document == "kartu-ak1" && e.SignedAt != null).OrderBy(e => e.Sequence).FirstAsync();
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        context.SetDefaultTimeout(20_000);
        // Reported through the console by a script the browser runs outside the page's policy.
        await context.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
        await context.AddInitScriptAsync("window.printed = 0; window.print = () => window.printed++;");
        var problems = new List<string>();
        var elsewhere = new List<string>();
        context.Console += (_, message) =>
        {
            if (message.Type == "error" && (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.StartsWith("CSP violation", StringComparison.Ordinal)))
                problems.Add(message.Text);
        };
        context.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(browser.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal)
                && !request.Url.StartsWith("ws://" + new Uri(browser.BaseUrl).Authority, StringComparison.Ordinal))
                elsewhere.Add(request.Url);
        };
        var page = await context.NewPageAsync();

        await page.GotoAsync($"{browser.BaseUrl}/masuk");
        await page.FillAsync("#username", "petugas-penerima");
        await page.FillAsync("#password", DemoStaff.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{browser.BaseUrl}/");
        foreach (var path in new[] { "/", $"/berkas/{entry.CaseId}", "/register/register-ak1" })
        {
            await page.GotoAsync(browser.BaseUrl + path);
            await page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        }
        (await page.EvaluateAsync<int>("document.fonts.load('500 16px Roboto').then(faces => faces.length)")).ShouldBe(1, "Roboto is served by SopDesk");
        await page.GotoAsync($"{browser.BaseUrl}/berkas/{entry.CaseId}/kartu-ak1");
        await page.Locator("[data-testid=ak1-front]").WaitForAsync();
        (await page.Locator("[data-testid=verification-qr] img").EvaluateAsync<int>("img => img.naturalWidth")).ShouldBeGreaterThan(0);
        await page.ClickAsync("[data-testid=print]");
        (await page.EvaluateAsync<int>("window.printed")).ShouldBe(1, "the Cetak button still prints");
        await page.GotoAsync($"{browser.BaseUrl}/verifikasi/{entry.VerificationToken}");
        (await page.Locator("[data-testid=verdict]").InnerTextAsync()).ShouldBe("SAH / BERLAKU");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        problems.ShouldBeEmpty();
        elsewhere.ShouldBeEmpty();
    }
}
