using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SopDesk.Data;
using SopDesk.Data.Entities;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// The desk prints a demo AK1 card from its berkas page (a new tab; print media hides the toolbar), and a signed-out phone
/// follows the card's verification address. Screenshots land in the temp folder for a person to look at.
/// </summary>
public sealed class DocumentJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string Shot(string name) => Path.Combine(Path.GetTempPath(), $"sopdesk-{name}.png");

    private async Task<RegisterEntryRecord> SignedEntryAsync(string document)
    {
        await using var db = browser.Services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContext();
        return await db.RegisterEntries.AsNoTracking().Where(e => e.Document == document && e.SignedAt != null && e.Status == RegisterEntryStatus.Active)
            .OrderBy(e => e.Sequence).FirstAsync();
    }

    [Fact]
    public async Task The_desk_prints_a_signed_AK1_card_and_a_signed_out_phone_verifies_it()
    {
        var entry = await SignedEntryAsync("kartu-ak1");
        await using var desk = await OfficerSession.SignInAsync(browser, "petugas-penerima");
        await desk.OpenAsync($"/berkas/{entry.CaseId}");

        var card = await desk.Page.RunAndWaitForPopupAsync(() => desk.Page.ClickAsync("[data-document=kartu-ak1]"));
        await card.Locator("[data-testid=ak1-front]").WaitForAsync();
        (await card.Locator("[data-testid=ak1-number]").InnerTextAsync()).ShouldBe(entry.Number);
        (await card.Locator("[data-testid=verification-qr] img").EvaluateAsync<int>("img => img.naturalWidth")).ShouldBeGreaterThan(0);
        await card.ScreenshotAsync(new() { Path = Shot("kartu-ak1"), FullPage = true });
        await card.EmulateMediaAsync(new() { Media = Media.Print });
        (await card.Locator("[data-testid=print]").IsVisibleAsync()).ShouldBeFalse("the toolbar does not print");
        await card.ScreenshotAsync(new() { Path = Shot("kartu-ak1-cetak"), FullPage = true });
        var url = await card.Locator("[data-testid=verification-url]").InnerTextAsync();
        url.ShouldBe($"{browser.BaseUrl}/verifikasi/{entry.VerificationToken}");

        await using var phone = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await phone.NewPageAsync();
        await page.GotoAsync(url);
        (await page.Locator("[data-testid=verdict]").InnerTextAsync()).ShouldBe("SAH / BERLAKU");
        (await page.Locator("[data-testid=document-number]").InnerTextAsync()).ShouldBe(entry.Number);
        await page.ScreenshotAsync(new() { Path = Shot("verifikasi"), FullPage = true });
    }

    [Fact]
    public async Task The_Kabid_opens_a_signed_passport_recommendation_ready_to_print()
    {
        var entry = await SignedEntryAsync("rekomendasi-paspor");
        await using var kabid = await OfficerSession.SignInAsync(browser, "kabid");

        await kabid.Page.GotoAsync($"{browser.BaseUrl}/berkas/{entry.CaseId}/rekomendasi-paspor");
        (await kabid.Page.Locator("[data-testid=letter-number]").InnerTextAsync()).ShouldBe(entry.Number);
        await kabid.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await kabid.Page.ScreenshotAsync(new() { Path = Shot("rekomendasi-paspor-cetak"), FullPage = true });
    }
}
