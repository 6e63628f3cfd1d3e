using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SopDesk.Web.Features.Demo;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// The kotak masuk's filters as an officer uses them, in a browser: the view chips with the keyboard, the SOP and step
/// selects, the search field, and the list updating itself when a colleague registers a berkas that matches.
/// The inbox is plain markup with the browser's own inputs (decision 040); these are what MudBlazor's did.
/// </summary>
public sealed class InboxFiltersJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Rows = "[data-testid=inbox] tbody tr.mud-table-row";

    [Fact]
    public async Task Chips_take_the_keyboard_and_the_SOP_and_step_selects_narrow_the_list()
    {
        var page = await SignInAsync("petugas-penerima");

        // Enter on the focused "Terlambat" chip: it becomes the chosen one and every row left is overdue.
        await page.Locator("[data-view=Overdue]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-view=Overdue]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("[data-view=All]")).ToHaveAttributeAsync("aria-pressed", "false");
        (await page.Locator($"{Rows} [data-testid=inbox-due] [data-due]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.due)"))
            .ShouldAllBe(due => due == "overdue");

        // Back to all, then one SOP: only its short name is left, and its steps can be chosen.
        await page.Locator("[data-view=All]").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(page.Locator("[data-view=All]")).ToHaveAttributeAsync("aria-pressed", "true");
        var all = await page.Locator(Rows).CountAsync();
        var sops = await page.Locator($"{Rows} [data-testid=inbox-sop]").AllInnerTextsAsync();
        var chosen = sops.GroupBy(s => s).OrderBy(g => g.Count()).First().Key; // the rarest: the list must shrink
        var option = await page.Locator("[data-testid=filter-sop] option").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(chosen)} — ") }).GetAttributeAsync("value");
        await page.Locator("[data-testid=filter-sop]").SelectOptionAsync(option!);
        await Expect(page.Locator(Rows)).ToHaveCountAsync(sops.Count(s => s == chosen));
        (await page.Locator($"{Rows} [data-testid=inbox-sop]").AllInnerTextsAsync()).ShouldAllBe(s => s == chosen);
        await Expect(page.Locator("[data-testid=filter-step] option")).Not.ToHaveCountAsync(0);

        // "Semua SOP" gives the whole list back, and the step select goes.
        await page.Locator("[data-testid=filter-sop]").SelectOptionAsync("");
        await Expect(page.Locator(Rows)).ToHaveCountAsync(all);
        await Expect(page.Locator("[data-testid=filter-step]")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_search_keeps_what_is_typed_and_the_list_shows_a_matching_berkas_a_colleague_registers()
    {
        var inbox = await SignInAsync("petugas-penerima");
        const string Name = "Sulastri Wirayuda";
        await inbox.Locator("[data-testid=inbox-search]").PressSequentiallyAsync(Name, new() { Delay = 30 });
        await Expect(inbox.Locator("[data-testid=inbox] .mud-table-empty-row")).ToContainTextAsync("cocok dengan pencarian");
        await Expect(inbox.Locator("[data-testid=inbox-search]")).ToHaveValueAsync(Name);

        // A colleague at the next counter registers a JHT berkas for that name: the open inbox shows it by itself.
        var desk = await SignInAsync("petugas-penerima");
        await desk.GotoAsync($"{browser.BaseUrl}/berkas/baru?sop=jht");
        await desk.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await desk.Locator("[data-field=nomorKpj] input").FillAsync("13051234568");
        await desk.Locator("[data-field=nik] input").FillAsync("1672014505900004");
        await desk.Locator("[data-field=nama] input").FillAsync(Name);
        await desk.Locator("[data-field=perusahaanTerakhir] input").FillAsync("PT Sumber Rejeki");
        await desk.Locator("[data-field=alamat] textarea:visible, [data-field=alamat] input").First.FillAsync("Jl. Lingkar Selatan No. 4, Pagar Alam");
        await desk.Locator("[data-testid=save-case]").ClickAsync();
        await OfficerSession.WaitForCasePageAsync(desk);

        await Expect(inbox.Locator(Rows)).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        (await inbox.Locator(Rows).InnerTextAsync()).ShouldContain(Name);
        await Expect(inbox.Locator("[data-testid=inbox-search]")).ToHaveValueAsync(Name);
        await desk.Context.CloseAsync();
        await inbox.Context.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private async Task<IPage> SignInAsync(string userName)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1366, Height = 768 } });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{browser.BaseUrl}/masuk");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", DemoStaff.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{browser.BaseUrl}/");
        await page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator(Rows).First.WaitForAsync();
        return page;
    }
}
