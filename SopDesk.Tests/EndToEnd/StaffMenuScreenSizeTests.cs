using Microsoft.Playwright;
using SopDesk.Web.Features.Demo;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// The staff menu (plain markup since decision 036, without MudDrawer's width listener): on a phone it starts closed and
/// ONE click on Menu opens it; on an office laptop it is open from the start. With SOPDESK_CIRCUIT_SHOTS=dir it also
/// writes screenshots of the inbox there (menu closed and open) to compare with docs/img/desk.
/// </summary>
public sealed class StaffMenuScreenSizeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // On screen and not covered: the point at the link's middle is the link (a closed drawer lies off screen, left of 0).
    private const string OnScreen =
        "el => { const r = el.getBoundingClientRect(); const x = r.left + r.width / 2, y = r.top + r.height / 2;" +
        " if (r.width === 0 || x < 0 || x >= innerWidth) return false; const hit = document.elementFromPoint(x, y); return !!hit && el.contains(hit); }";

    [Fact]
    public async Task On_a_phone_the_menu_starts_closed_and_one_click_opens_it()
    {
        var page = await SignInAsync(390, 844);
        var link = page.Locator("a[href='/katalog']");
        (await IsOnScreenAsync(link)).ShouldBeFalse("the menu covers the inbox on a phone before any click");
        await Shot(page, "kotak-masuk-390-tertutup");

        await page.Locator("[data-testid=menu-button]").ClickAsync();
        await WaitOnScreenAsync(link, true);
        await Shot(page, "kotak-masuk-390-terbuka");

        // Following a link closes it again; so does a tap on the Menu button (it lies under the menu's scrim, as with MudDrawer).
        await link.ClickAsync();
        await page.WaitForURLAsync($"{browser.BaseUrl}/katalog");
        await WaitOnScreenAsync(link, false);
        await page.Locator("[data-testid=menu-button]").ClickAsync();
        await WaitOnScreenAsync(link, true);
        var button = (await page.Locator("[data-testid=menu-button]").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(button.X + button.Width / 2, button.Y + button.Height / 2);
        await WaitOnScreenAsync(link, false);
    }

    [Fact]
    public async Task On_an_office_laptop_the_menu_is_open_without_a_click()
    {
        var page = await SignInAsync(1366, 768);
        await WaitOnScreenAsync(page.Locator("a[href='/katalog']"), true);
        await Shot(page, "kotak-masuk-1366");
    }

    private async Task<IPage> SignInAsync(int width, int height)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = height } });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{browser.BaseUrl}/masuk");
        await page.FillAsync("#username", "kasi");
        await page.FillAsync("#password", DemoStaff.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{browser.BaseUrl}/");
        await page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        // The drawer slides for 225 ms: let a first state settle before judging it.
        await page.WaitForTimeoutAsync(500);
        return page;
    }

    private static Task<bool> IsOnScreenAsync(ILocator link) => link.EvaluateAsync<bool>(OnScreen);

    private static async Task WaitOnScreenAsync(ILocator link, bool expected)
    {
        for (var i = 0; i < 40 && await IsOnScreenAsync(link) != expected; i++) await link.Page.WaitForTimeoutAsync(100);
        (await IsOnScreenAsync(link)).ShouldBe(expected, expected ? "the menu's links should be on screen" : "the menu's links should be hidden");
    }

    private static async Task Shot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("SOPDESK_CIRCUIT_SHOTS") is not { Length: > 0 } dir) return;
        Directory.CreateDirectory(dir);
        await page.WaitForTimeoutAsync(400);
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name + ".png") });
    }
}
