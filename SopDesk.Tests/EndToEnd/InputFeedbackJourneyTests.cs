using Microsoft.Playwright;

namespace SopDesk.Tests.EndToEnd;

/// <summary>A new user at the front desk types bad values: each error shows under its field, and the tab stays alive.</summary>
public sealed class InputFeedbackJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static ILocator ErrorUnder(OfficerSession desk, string field) => desk.Page.Locator($"[data-field={field}] .mud-input-helper-text.mud-input-error");

    private static Task<byte[]> ShotAsync(OfficerSession desk, string name) =>
        desk.Page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"sopdesk-input-{name}.png"), FullPage = true });

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task A_typed_invalid_NIK_is_marked_under_the_field_before_and_after_saving(int width, int height)
    {
        await using var desk = await OfficerSession.SignInAsync(browser, "petugas-penerima");
        await desk.Page.SetViewportSizeAsync(width, height);
        await desk.OpenAsync("/berkas/baru?sop=ak1");
        await desk.FillAsync("nik", "167201450590000");
        await desk.FillAsync("nama", "Dewi Anggraini");
        await ErrorUnder(desk, "nik").WaitForAsync();
        (await ErrorUnder(desk, "nik").InnerTextAsync()).ShouldContain("16 digit");

        await desk.Page.ClickAsync("[data-testid=save-case]");
        await ErrorUnder(desk, "tempatLahir").WaitForAsync();
        (await ErrorUnder(desk, "nik").InnerTextAsync()).ShouldContain("16 digit");
        await ShotAsync(desk, $"nik-{width}");
    }

    [Fact]
    public async Task An_over_long_paste_is_cut_at_the_fields_limit_and_the_tab_keeps_working()
    {
        await using var desk = await OfficerSession.SignInAsync(browser, "petugas-penerima");
        await desk.Page.SetViewportSizeAsync(1366, 768);
        await desk.OpenAsync("/berkas/baru?sop=ak1");
        // 40 KB pasted into a field whose SOP entry names no maximum (over SignalR's 32 KB message limit).
        await desk.Page.Locator("[data-field=telepon] input").FocusAsync();
        await desk.Page.Keyboard.InsertTextAsync(new string('8', 40 * 1024));
        await ErrorUnder(desk, "telepon").WaitForAsync();
        (await ErrorUnder(desk, "telepon").InnerTextAsync()).ShouldContain("8–15 digit");
        (await desk.Page.Locator("[data-field=telepon] input").InputValueAsync()).Length.ShouldBe(16);
        await desk.Page.Locator("[data-field=alamat] textarea").FocusAsync();
        await desk.Page.Keyboard.InsertTextAsync(new string('a', 30 * 1024));
        // The counter under the field says the paste was cut at the limit.
        await desk.Page.Locator("[data-field=alamat]", new() { HasText = "300 / 300" }).WaitForAsync();
        await ShotAsync(desk, "overlong");

        // The circuit is alive: a bad NIK typed next still gets its mark from the server.
        await desk.FillAsync("nik", "1672019905900003");
        await ErrorUnder(desk, "nik").WaitForAsync(new() { Timeout = 10_000 });
        (await desk.Page.Locator(".components-reconnect-show, .components-reconnect-failed").CountAsync()).ShouldBe(0);
    }
}
