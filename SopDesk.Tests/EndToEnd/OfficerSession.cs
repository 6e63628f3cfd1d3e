using Microsoft.Playwright;
using SopDesk.Web.Features.Demo;

namespace SopDesk.Tests.EndToEnd;

/// <summary>One officer at one browser: signs in with a demo account and works berkas pages.</summary>
public sealed partial class OfficerSession(IBrowserContext context, IPage page, string baseUrl) : IAsyncDisposable
{
    public IPage Page => page;

    public static Task<OfficerSession> SignInAsync(BrowserFixture browser, string userName) => SignInAsync(browser.Browser, browser.BaseUrl, userName);

    public static async Task<OfficerSession> SignInAsync(IBrowser browser, string baseUrl, string userName)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1400, Height = 1000 } });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{baseUrl}/masuk");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", DemoStaff.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{baseUrl}/");
        return new OfficerSession(context, page, baseUrl);
    }

    /// <summary>
    /// Waits for the berkas page a save leads to by watching the address itself: Blazor moves there inside the document
    /// (history.pushState), and WaitForURL, which checks the address and then waits for a navigation event, can miss an
    /// event that lands between the two on a loaded machine. Generous by default: the full run shares the cores.
    /// </summary>
    public static async Task<string> WaitForCasePageAsync(IPage page, float timeout = 60_000)
    {
        await Assertions.Expect(page).ToHaveURLAsync(CasePageAddress(), new() { Timeout = timeout });
        return new Uri(page.Url).AbsolutePath;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/berkas/[0-9a-f-]{36}$")]
    private static partial System.Text.RegularExpressions.Regex CasePageAddress();

    /// <summary>
    /// Opens a page and waits until the Blazor circuit is live (before that, clicks do nothing); a berkas page also until
    /// its live copy shows the berkas. On a truly asynchronous database (PostgreSQL) the live page first renders without
    /// its data, so a count taken at once would count nothing.
    /// </summary>
    public async Task OpenAsync(string path)
    {
        await page.GotoAsync(baseUrl + path);
        await page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        if (path.StartsWith("/berkas/", StringComparison.Ordinal) && !path.StartsWith("/berkas/baru", StringComparison.Ordinal))
            await page.Locator("[data-testid=case-number]").WaitForAsync();
    }

    /// <summary>Fills the first step of a new AK1 berkas (the form open) for an applicant named <paramref name="name"/>.</summary>
    public async Task FillNewAk1Async(string name)
    {
        await FillAsync("nik", "1672014505900003");
        await FillAsync("nama", name);
        await FillAsync("tempatLahir", "Pagar Alam");
        await TypeDateAsync("tanggalLahir", "05/05/1990");
        await ChooseAsync("jenisKelamin", "Perempuan");
        await ChooseAsync("pendidikan", "SMA/SMK");
        await FillAsync("alamat", "Jl. Kapten Sanap No. 7, Kel. Beringin Jaya");
    }

    public Task FillAsync(string field, string value) => page.Locator($"[data-field={field}] input, [data-field={field}] textarea").First.FillAsync(value);

    public async Task ChooseAsync(string field, string option)
    {
        await page.Locator($"[data-field={field}] .mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(option, new() { Exact = true }).ClickAsync();
    }

    /// <summary>Chooses an option of a MudSelect marked with data-testid.</summary>
    public async Task ChooseByTestIdAsync(string testId, string option)
    {
        await page.Locator($"[data-testid={testId}] .mud-select, .mud-select[data-testid={testId}], [data-testid={testId}]").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(option, new() { Exact = true }).ClickAsync();
    }

    public async Task TypeDateAsync(string field, string ddMMyyyy)
    {
        var input = page.Locator($"[data-field={field}] input");
        await input.FillAsync(ddMMyyyy);
        await input.PressAsync("Tab");
        await page.Keyboard.PressAsync("Escape");
    }

    /// <summary>Clicks an outcome button on the action form and waits for the page to show the next state.</summary>
    /// <remarks>On a checking step, every checklist item is ticked first except those in <paramref name="notBrought"/>.</remarks>
    public async Task ActAsync(string outcome, string? note = null, IReadOnlyCollection<string>? notBrought = null)
    {
        // The form of the live page first: a page whose data comes from a truly asynchronous database (PostgreSQL) renders
        // once without it when the circuit starts, and boxes ticked on the prerendered copy never reach the server.
        await page.Locator($"[data-outcome={outcome}]").WaitForAsync();
        foreach (var box in await page.Locator("[data-testid=checklist] input[type=checkbox]").AllAsync())
            if (notBrought?.Contains(await box.GetAttributeAsync("data-checklist-item")) != true)
                await box.CheckAsync();
        if (note is not null) await page.Locator("textarea[data-testid=note], [data-testid=note] textarea").First.FillAsync(note);
        // Every accepted act adds to the berkas's journal; a refusal shows an alert instead.
        var before = await JournalLinesAsync();
        await page.ClickAsync($"[data-outcome={outcome}]");
        await page.WaitForFunctionAsync("n => document.querySelectorAll('.mud-timeline-item').length > n || document.querySelector('[data-testid=refusal]')", before);
    }

    /// <summary>On a sign step: says the berkas has been read (the engine refuses a signature before) and waits for the form.</summary>
    public async Task ReadBeforeSigningAsync()
    {
        await page.ClickAsync("[data-testid=confirm-read]");
        await page.Locator("[data-testid=action-form]").WaitForAsync();
    }

    public Task<string> CaseStatusAsync() => page.Locator("[data-testid=case-status]").InnerTextAsync();

    private Task<int> JournalLinesAsync() => page.Locator(".mud-timeline-item").CountAsync();

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
