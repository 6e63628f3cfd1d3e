using Microsoft.Playwright;

namespace SopDesk.Tests.EndToEnd;

/// <summary>The administrator adds an officer in the browser, deactivates them, and finds both acts in the journal.</summary>
public sealed class StaffAdminJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_administrator_adds_and_deactivates_an_officer_and_reads_it_in_the_journal()
    {
        await using var admin = await OfficerSession.SignInAsync(browser, "admin");
        var page = admin.Page;
        await admin.OpenAsync("/admin/staf/baru");
        await page.GetByLabel("Nama pengguna").FillAsync("dewi");
        await page.GetByLabel("Nama lengkap (dengan gelar)").FillAsync("Dewi Lestari, S.Kom.");
        await page.GetByLabel("NIP").FillAsync("199013012015011001");
        await page.GetByLabel("Jabatan").FillAsync("Pranata Komputer");
        await page.Locator("[data-testid=lanes] label", new() { HasText = "Staf" }).First.ClickAsync();
        await page.GetByLabel("Kata sandi awal").FillAsync("Sandi-Awal-Kantor-2026");
        await page.ClickAsync("[data-testid=save-staff]");
        await page.GetByText("NIP: tanggal lahir (digit 1–8) tidak sah.").WaitForAsync();

        await page.GetByLabel("NIP").FillAsync("199001132015012001");
        await page.ClickAsync("[data-testid=save-staff]");
        await page.WaitForURLAsync($"{browser.BaseUrl}/admin/staf");
        var row = page.Locator("[data-testid=staff-list] tr", new() { HasText = "Dewi Lestari, S.Kom." });
        await row.GetByText("Aktif").WaitForAsync();

        await row.Locator("[data-testid=edit-staff]").ClickAsync();
        await page.Locator("[data-testid=deactivate]").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Nonaktifkan" }).ClickAsync();
        await page.Locator("[data-testid=staff-status]", new() { HasText = "Nonaktif" }).WaitForAsync();

        await admin.OpenAsync("/admin/jurnal?q=dewi");
        var actions = await page.Locator("[data-testid=journal] td[data-action]").AllInnerTextsAsync();
        actions.ShouldBe(["Staf dinonaktifkan", "Staf ditambahkan"]);
    }
}
