using Microsoft.Playwright;
using SopDesk.Web.Features.Demo;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// The desk at a common office laptop screen (1366×768) and on a phone: the common path with the keyboard only
/// (new berkas → Simpan, periksa → Lengkap, Selesai), and a kotak masuk dense enough to see ten berkas at once.
/// With SOPDESK_SCREENSHOTS=1 it writes docs/img/desk/{kotak-masuk,berkas}-{1366,390}.png.
/// </summary>
public sealed class DeskKeyboardJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string ActiveField = "() => document.activeElement?.closest('[data-field]')?.dataset.field ?? ''";

    [Fact]
    public async Task The_common_desk_path_works_with_the_keyboard_only()
    {
        var desk = await SignInAsync("petugas-penerima", 1366, 768);
        await OpenAsync(desk, "/berkas/baru?sop=jht");

        // The form opens with the keyboard in its first field.
        await desk.WaitForFunctionAsync($"() => ({ActiveField})() === 'nomorKpj'");
        await desk.Keyboard.TypeAsync("13051234567");
        await TypeInAsync(desk, "nik", "1672014505900003");
        await TypeInAsync(desk, "nama", "Bambang Kusnadi");
        await TypeInAsync(desk, "perusahaanTerakhir", "PT Sumber Rejeki");
        await TypeInAsync(desk, "alamat", "Jl. Lingkar Selatan No. 3, Pagar Alam");
        await TabToAsync(desk, "[data-testid=save-case]");
        await desk.Keyboard.PressAsync("Enter");
        var casePath = await OfficerSession.WaitForCasePageAsync(desk);

        // Periksa: the keyboard starts on the checklist; Space ticks, Enter on "Lengkap" sends it on.
        await desk.WaitForFunctionAsync("() => document.activeElement?.closest('[data-testid=checklist]') != null");
        for (var i = 0; i < 40; i++)
        {
            var where = await desk.EvaluateAsync<string>(
                "() => { const a = document.activeElement; if (a?.closest('[data-outcome=lengkap]')) return 'lengkap';" +
                " return a?.matches('[data-testid=checklist] input[type=checkbox]') && !a.checked ? 'unticked' : 'other'; }");
            if (where == "lengkap") break;
            await desk.Keyboard.PressAsync(where == "unticked" ? "Space" : "Tab");
            // The tick shows at once, before the server has it: the next key (Tab, or a Space typed while the tick is on
            // its way) cannot undo it. A box ticked only by the server's answer lost ticks on a busy machine.
            if (where == "unticked")
                (await desk.EvaluateAsync<bool>("() => document.activeElement?.checked === true")).ShouldBeTrue("the tick waited for the server");
        }
        (await desk.EvaluateAsync<bool>("() => [...document.querySelectorAll('[data-testid=checklist] input[type=checkbox]')].every(b => b.checked)"))
            .ShouldBeTrue("a box was left unticked");
        // No waiting for the ticks' round trips: "Lengkap" goes through only if the server has every one of them.
        await desk.Locator("[data-outcome=lengkap]").FocusAsync();
        await desk.Keyboard.PressAsync("Enter");
        (await SavedMessageAsync(desk)).ShouldStartWith("Tersimpan. Berkas diteruskan ke JFU");
        (await SavedMessageAsync(desk)).ShouldContain("(langkah 3)");

        // The JFU's step: the keyboard lands in its one field; Enter on "Selesai" finishes the step.
        var jfu = await SignInAsync("jfu", 1366, 768);
        await OpenAsync(jfu, casePath);
        await jfu.WaitForFunctionAsync($"() => ({ActiveField})() === 'catatanVerifikasi'");
        await jfu.Keyboard.TypeAsync("Data KPJ sesuai dengan kartu peserta.");
        await TabToAsync(jfu, "[data-outcome=selesai]");
        await jfu.Keyboard.PressAsync("Enter");
        (await SavedMessageAsync(jfu)).ShouldStartWith("Tersimpan. Berkas diteruskan ke Kabid & Sekretaris");
        await jfu.Context.CloseAsync();
        await desk.Context.CloseAsync();
    }

    [Fact]
    public async Task The_first_field_never_takes_the_focus_from_a_field_the_person_is_typing_in()
    {
        // On a busy circuit the form's "focus the first field" can arrive seconds late: taking the focus then sent the
        // officer's next keys into the first field (a full NIK refused them, and the name was lost).
        var desk = await SignInAsync("petugas-penerima", 1366, 768);
        await OpenAsync(desk, "/berkas/baru?sop=ak1");
        await desk.WaitForFunctionAsync($"() => ({ActiveField})() === 'nik'");
        const string focusFirstAgain = """
            async () => {
                const module = await import('/Features/Shared/FocusFirst.razor.js');
                return await module.focusFirstField(document.querySelector('[data-field]').parentElement);
            }
            """;

        await desk.Locator("[data-field=nama] input").FocusAsync();
        (await desk.EvaluateAsync<string>(focusFirstAgain)).ShouldBe("kept");
        (await desk.EvaluateAsync<string>(ActiveField)).ShouldBe("nama");

        await desk.EvaluateAsync("() => document.activeElement.blur()");
        (await desk.EvaluateAsync<string>(focusFirstAgain)).ShouldBe("focused");
        (await desk.EvaluateAsync<string>(ActiveField)).ShouldBe("nik");
        await desk.Context.CloseAsync();
    }

    [Fact]
    public async Task A_date_typed_halfway_is_told_in_Bahasa_Indonesia_and_kept_once_complete()
    {
        // A typed date reaches the server with each key (StepForm: ImmediateText), so the unfinished date is judged too.
        var desk = await SignInAsync("petugas-penerima", 1366, 768);
        await OpenAsync(desk, "/berkas/baru?sop=ak1");
        var date = desk.Locator("[data-field=tanggalLahir]");
        await date.Locator("input").ClickAsync();
        await desk.Keyboard.TypeAsync("05/0");
        await Assertions.Expect(date).ToContainTextAsync("Tanggal belum lengkap atau tidak sah");
        (await date.InnerTextAsync()).ShouldNotContain("Not a valid");

        await desk.Keyboard.TypeAsync("5/1990");
        await Assertions.Expect(date).Not.ToContainTextAsync("Tanggal belum lengkap");
        await desk.Context.CloseAsync();
    }

    [Fact]
    public async Task The_inbox_shows_ten_berkas_on_one_laptop_screen_without_sideways_scrolling()
    {
        // The officer with the longest list in the demo data (ten or more when the demo has them).
        IPage page = default!;
        var total = -1;
        var who = "";
        foreach (var officer in new[] { "kasi", "petugas-penerima", "pengadministrasi" })
        {
            var candidate = await SignInAsync(officer, 1366, 768);
            await OpenAsync(candidate, "/");
            await candidate.Locator("[data-testid=inbox] tbody tr").First.WaitForAsync();
            var count = await candidate.Locator("[data-testid=inbox] tbody tr").CountAsync();
            if (count > total) { if (total >= 0) await page.Context.CloseAsync(); page = candidate; total = count; who = officer; }
            else await candidate.Context.CloseAsync();
            if (total >= 10) break;
        }
        var visible = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('[data-testid=inbox] tbody tr')].filter(r => r.getBoundingClientRect().bottom <= window.innerHeight).length");
        visible.ShouldBeGreaterThanOrEqualTo(Math.Min(10, total), $"{visible} of {total} rows above the fold at 1366×768");
        (await page.EvaluateAsync<bool>("() => { const t = document.querySelector('[data-testid=inbox] .mud-table-container'); return t.scrollWidth <= t.clientWidth; }"))
            .ShouldBeTrue("the inbox table scrolls sideways at 1366 px");
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the page scrolls sideways at 1366 px");
        // The SOP column names the SOP shortly; its full nomor is on hover.
        (await page.Locator("[data-testid=inbox-sop]").First.GetAttributeAsync("title") ?? "").ShouldContain("/SOP.TK/");
        await DeskScreens.ShootAsync(page, "kotak-masuk");

        var casePath = await page.Locator("[data-testid=inbox] tbody tr a").First.GetAttributeAsync("href");
        await OpenAsync(page, casePath!);
        await page.Locator("[data-testid=case-timeline]").WaitForAsync();
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the berkas page scrolls sideways at 1366 px");
        await DeskScreens.ShootAsync(page, "berkas");
        await page.Context.CloseAsync();

        var phone = await SignInAsync(who, 390, 844);
        await OpenAsync(phone, "/");
        await phone.Locator("[data-testid=inbox] tbody tr").First.WaitForAsync();
        (await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the inbox scrolls sideways on a phone");
        await DeskScreens.ShootAsync(phone, "kotak-masuk");
        await OpenAsync(phone, casePath!);
        await phone.Locator("[data-testid=case-timeline]").WaitForAsync();
        await DeskScreens.ShootAsync(phone, "berkas");
        await phone.Context.CloseAsync();
    }

    private async Task<IPage> SignInAsync(string userName, int width, int height)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = height } });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{browser.BaseUrl}/masuk");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", DemoStaff.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{browser.BaseUrl}/");
        return page;
    }

    private async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(browser.BaseUrl + path);
        await page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>Tabs on to the field, then types into it.</summary>
    private static async Task TypeInAsync(IPage page, string field, string text)
    {
        for (var i = 0; i < 12 && await page.EvaluateAsync<string>(ActiveField) != field; i++) await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>(ActiveField)).ShouldBe(field, $"Tab did not reach {field}");
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Tabs until the element matching the selector has the focus.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 40 && !await page.EvaluateAsync<bool>("s => document.activeElement?.closest(s) != null", selector); i++)
            await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<bool>("s => document.activeElement?.closest(s) != null", selector)).ShouldBeTrue($"Tab did not reach {selector}");
    }

    private static async Task<string> SavedMessageAsync(IPage page)
    {
        var message = page.Locator(".mud-snackbar").Filter(new() { HasText = "Tersimpan" }).Last;
        await message.WaitForAsync();
        return (await message.InnerTextAsync()).Trim();
    }
}

/// <summary>Screenshots of the desk for docs/img/desk/, only when SOPDESK_SCREENSHOTS=1.</summary>
public static class DeskScreens
{
    public static async Task ShootAsync(IPage page, string name)
    {
        if (!JobMarketScreens.Enabled) return;
        var folder = Path.Combine(Path.GetDirectoryName(JobMarketScreens.Folder)!, "desk");
        Directory.CreateDirectory(folder);
        var width = page.ViewportSize?.Width ?? 0;
        // The inbox at its screen size (what fits above the fold is the point); the berkas page whole.
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = name != "kotak-masuk", Scale = ScreenshotScale.Css });
    }
}
