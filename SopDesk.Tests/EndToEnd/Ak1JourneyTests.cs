using Microsoft.Playwright;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// Whole journeys in a real browser, each officer signed in with their own demo account, as the office
/// would work an AK1 (kartu kuning) berkas.
/// </summary>
public partial class Ak1JourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>The front desk registers an AK1 berkas; returns the berkas page path.</summary>
    private async Task<string> RegisterAk1Async(string name)
    {
        await using var desk = await OfficerSession.SignInAsync(browser, "petugas-penerima");
        await desk.OpenAsync("/berkas/baru?sop=ak1");
        await desk.FillNewAk1Async(name);
        await desk.Page.ClickAsync("[data-testid=save-case]");
        await OfficerSession.WaitForCasePageAsync(desk.Page);
        (await desk.Page.Locator("[data-testid=case-number]").InnerTextAsync()).ShouldMatch(@"^AK1/\d{4}/\d{6}$");
        return new Uri(desk.Page.Url).AbsolutePath;
    }

    private async Task ActAsAsync(string officer, string casePath, string outcome, Func<OfficerSession, Task>? fill = null, string? note = null,
        IReadOnlyCollection<string>? notBrought = null)
    {
        await using var session = await OfficerSession.SignInAsync(browser, officer);
        await session.OpenAsync(casePath);
        if (fill is not null) await fill(session);
        if (outcome == "tandatangan") await session.ReadBeforeSigningAsync();
        await session.ActAsync(outcome, note, notBrought);
        (await session.Page.Locator("[data-testid=refusal]").CountAsync()).ShouldBe(0, $"{officer} was refused at {outcome}");
    }

    /// <summary>The desk finds it complete, the data is entered, the Kasi initials: the berkas waits for a signature.</summary>
    private async Task CheckEnterAndParafAsync(string casePath, string statusPerkawinan)
    {
        await ActAsAsync("petugas-penerima", casePath, "lengkap");
        await ActAsAsync("pengadministrasi", casePath, "selesai", async s =>
        {
            await s.ChooseAsync("statusPerkawinan", statusPerkawinan);
            await s.ChooseAsync("agama", "Islam");
        });
        await ActAsAsync("kasi", casePath, "paraf");
    }

    [Fact]
    public async Task An_AK1_berkas_goes_from_registration_to_handover_through_every_lane()
    {
        var casePath = await RegisterAk1Async("Dewi Anggraini");

        await CheckEnterAndParafAsync(casePath, "Belum kawin");
        await ActAsAsync("kabid", casePath, "tandatangan");
        await ActAsAsync("petugas-penerima", casePath, "selesai");

        await using var check = await OfficerSession.SignInAsync(browser, "kasi");
        await check.OpenAsync(casePath);
        (await check.CaseStatusAsync()).ShouldBe("Selesai");
        var journal = await check.Page.Locator(".mud-timeline-item").AllInnerTextsAsync();
        journal.ShouldContain(line => line.Contains("Diparaf (kasi)"));
        journal.ShouldContain(line => line.Contains("Ditandatangani (kabid)"));
        (await check.Page.Locator("[data-testid=action-form]").CountAsync()).ShouldBe(0);

        // The berkas is in the AK1 register under the number its card was printed with, and the register exports to Excel.
        await check.OpenAsync("/register/register-ak1");
        await check.Page.Locator("input[data-testid=register-search], [data-testid=register-search] input").First.FillAsync("Dewi Anggraini");
        var row = check.Page.Locator("[data-testid=register] tbody tr", new() { HasText = "Dewi Anggraini" });
        await row.WaitForAsync();
        var number = await row.Locator("td").First.InnerTextAsync();
        number.ShouldMatch(@"^\d{4}/AK1/DISPMPTSPTK/\d{4}$");
        await check.Page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "sopdesk-register-ak1.png"), FullPage = true });
        await check.Page.ClickAsync("[data-testid=export]");
        var download = await check.Page.RunAndWaitForDownloadAsync(() => check.Page.ClickAsync("[data-testid=export-download]"));
        var file = Path.Combine(Path.GetTempPath(), $"sopdesk-e2e-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            var cells = await SopDesk.Tests.Web.Registers.LibreOfficeCsv.ConvertAsync(file);
            cells.ShouldContain(line => line.Contains(number) && line.Contains("Dewi Anggraini") && line.Contains("1672014505900003"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_berkas_returned_as_tidak_lengkap_is_resubmitted_into_the_same_case()
    {
        var casePath = await RegisterAk1Async("Rizki Pratama");

        await ActAsAsync("petugas-penerima", casePath, "tidak-lengkap", note: "Fotokopi ijazah terakhir belum ada", notBrought: ["Fotokopi ijazah terakhir"]);
        await using (var desk = await OfficerSession.SignInAsync(browser, "petugas-penerima"))
        {
            await desk.OpenAsync(casePath);
            (await desk.CaseStatusAsync()).ShouldBe("Menunggu pemohon");
            // The pemohon brings the missing copy: the desk records the resubmission on the same berkas.
            await desk.ActAsync("selesai");
            (await desk.CaseStatusAsync()).ShouldBe("Dalam proses");
            await desk.ActAsync("lengkap");
            (await desk.Page.Locator(".mud-timeline-item").AllInnerTextsAsync())
                .ShouldContain(line => line.Contains("Berkas dikembalikan ke pemohon: Fotokopi ijazah terakhir belum ada"));
            // The berkas's history keeps both checks: the first without the copy, the second with every item ticked.
            var checks = desk.Page.Locator("[data-testid=checklist-record]");
            (await checks.First.Locator("li[data-ticked=tidak]").AllInnerTextsAsync()).ShouldHaveSingleItem().ShouldContain("Fotokopi ijazah terakhir");
            (await checks.Nth(1).Locator("li[data-ticked=tidak]").CountAsync()).ShouldBe(0);
        }
    }

    [Fact]
    public async Task The_Kasi_signs_as_Plh_after_the_Kabids_absence_is_recorded()
    {
        var casePath = await RegisterAk1Async("Sri Wahyuni");
        await CheckEnterAndParafAsync(casePath, "Kawin");

        await using (var admin = await OfficerSession.SignInAsync(browser, "admin"))
        {
            await admin.OpenAsync("/plh");
            await admin.ChooseByTestIdAsync("absence-role", "Kepala Bidang");
            await admin.ChooseByTestIdAsync("absence-official", "Yuliani, S.Sos., M.Si.");
            await admin.ChooseByTestIdAsync("absence-acting", "Hendra Saputra, S.E.");
            await admin.Page.Locator("input[data-testid=absence-reason], [data-testid=absence-reason] input").First.FillAsync("Dinas luar ke Palembang");
            await admin.Page.ClickAsync("[data-testid=absence-save]");
            await admin.Page.Locator("[data-testid=absences]").GetByText("Dinas luar ke Palembang").WaitForAsync();
        }

        await ActAsAsync("kasi", casePath, "tandatangan");
        await using var check = await OfficerSession.SignInAsync(browser, "kabid");
        await check.OpenAsync(casePath);
        (await check.Page.Locator(".mud-timeline-item").AllInnerTextsAsync())
            .ShouldContain(line => line.Contains("Ditandatangani (Plh. kabid), NIP 198405102009011003"));
    }

    [Fact]
    public async Task An_officer_of_another_lane_gets_no_action_form()
    {
        var casePath = await RegisterAk1Async("Andi Setiawan");
        await using var kabid = await OfficerSession.SignInAsync(browser, "kabid");
        await kabid.OpenAsync(casePath);
        (await kabid.Page.Locator("[data-testid=action-form]").CountAsync()).ShouldBe(0);
        (await kabid.CaseStatusAsync()).ShouldBe("Dalam proses");
    }
}
