using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SopDesk.Data;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Features.Shared;
using static SopDesk.Tests.EndToEnd.JobMarketScreens;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// Issue 15's journey on the demo data: a verified employer reports a vacancy from a phone (first with wrong values, which are
/// shown next to their fields), the office checks, approves and publishes it, Siti Rahma (signed AK1) finds it on her phone by
/// its position, sees it among the vacancies that fit her with the reasons, applies; the employer sees her among the
/// applicants and reports her placement; the Kasi sees one more placement on /pasar-kerja/angka and in the monthly report.
/// With SOPDESK_SCREENSHOTS=1 it also writes the pages to docs/img/pasar-kerja/ (public at 390 and 1366 px, desk at 1366 px).
/// </summary>
public sealed class JobMarketJourneyTests(PortalBrowserFixture portal) : IClassFixture<PortalBrowserFixture>
{
    private const string Employer = "hrd@sriwijaya-makmur.co.id", Seeker = "siti.rahma@contoh.id";
    // A word no demo vacancy has: the seeker finds this one by it.
    private const string Position = "Staf administrasi gudang Kertapati";

    [Fact]
    public async Task An_employers_vacancy_is_checked_found_on_a_phone_applied_for_filled_and_counted()
    {
        var time = portal.Services.GetRequiredService<OfficeTime>();
        var today = DateOnly.FromDateTime(time.Now.DateTime);
        var month = $"{today:yyyy-MM}";
        var (figuresBefore, reportBefore) = await PlacementsCountedAsync(month, shoot: false);

        // 1. The employer reports the vacancy from a phone; wrong values first.
        var employer = await SignedInPhoneAsync(Employer);
        var employerDesk = Enabled ? await SignedInDesktopAsync(Employer) : null;
        await employer.GotoAsync($"{portal.BaseUrl}/layanan/lowongan/pasang");
        await FitsAndShootAsync(employer, "pasang");
        await DesktopAsync(employerDesk, employer.Url, "pasang");
        await employer.FillAsync("#position", Position);
        await employer.FillAsync("#openings", "nol");
        await employer.FillAsync("#salary-min", "tiga juta");
        await employer.FillAsync("#age-min", "25");
        await employer.FillAsync("#closes-on", $"{today.AddDays(-1):yyyy-MM-dd}");
        await employer.ClickAsync("form.ly-form button[type=submit]");
        await ErrorNextToAsync(employer, "openings", "Jumlah lowongan harus angka");
        await ErrorNextToAsync(employer, "salary-min", "Upah harus nominal rupiah");
        await ErrorNextToAsync(employer, "age-reason", "batas usia");
        await ErrorNextToAsync(employer, "closes-on", "setelah hari ini");
        await ErrorNextToAsync(employer, "description", "Uraian pekerjaan wajib diisi");
        (await employer.InputValueAsync("#position")).ShouldBe(Position, "what was typed stays");
        await FitsAndShootAsync(employer, "pasang-salah");

        await employer.FillAsync("#description", "Mencatat barang masuk dan keluar gudang, membuat laporan stok harian di Microsoft Excel. Senin–Sabtu 08.00–16.00.");
        await employer.FillAsync("#openings", "2");
        await employer.SelectOptionAsync("#location", "Kota Pagar Alam");
        await employer.SelectOptionAsync("#sector", "G");
        await employer.SelectOptionAsync("#education", "D3");
        await employer.FillAsync("#majors", "Akuntansi, Manajemen");
        await employer.FillAsync("#skills", "pembukuan, Microsoft Excel");
        await employer.FillAsync("#experience", "1");
        await employer.FillAsync("#age-min", "");
        await employer.FillAsync("#salary-min", "3.500.000");
        await employer.FillAsync("#salary-max", "4.200.000");
        await employer.FillAsync("#closes-on", $"{today.AddDays(30):yyyy-MM-dd}");
        await SubmitAsync(employer, "form.ly-form", "**/layanan/lowongan/saya/*?terkirim=1");
        var vacancyId = long.Parse(new Uri(employer.Url).Segments.Last());
        (await employer.Locator("[data-testid=sent]").InnerTextAsync()).ShouldContain("Lowongan terkirim");
        (await employer.Locator("[data-testid=status]").InnerTextAsync()).ShouldBe("Menunggu verifikasi");
        await FitsAndShootAsync(employer, "lowongan-saya-detail");
        await employer.GotoAsync($"{portal.BaseUrl}/layanan/lowongan/saya");
        (await employer.Locator("main").InnerTextAsync()).ShouldContain(Position);
        await FitsAndShootAsync(employer, "lowongan-saya");
        await DesktopAsync(employerDesk, employer.Url, "lowongan-saya");

        // 2. The desk: the pengantar kerja opens it from the inbox, sees the vacancy, ticks the checklist: "Sesuai".
        var casePath = $"/berkas/{await CaseIdAsync(vacancyId)}";
        await using (var desk = await OfficerSession.SignInAsync(portal.Browser, portal.BaseUrl, "pengantar-kerja"))
        {
            await desk.Page.SetViewportSizeAsync(1366, 768);
            await desk.OpenAsync("/");
            await desk.Page.Locator($"[data-testid=inbox] a[href='{casePath}']").ClickAsync();
            await desk.Page.WaitForURLAsync($"**{casePath}");
            await desk.Page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            var panel = desk.Page.Locator("[data-testid=vacancy-panel]");
            await Expect(panel).ToContainTextAsync(Position);
            await Expect(panel).ToContainTextAsync("Menunggu verifikasi");
            await ShootAsync(desk.Page, "berkas-lowongan");
            await desk.ActAsync("sesuai");
            (await desk.Page.Locator("[data-testid=refusal]").CountAsync()).ShouldBe(0, "the verifier was refused");
        }
        await ActAsync("kasi", casePath, "setuju");
        await ActAsync("pengantar-kerja", casePath, "selesai");

        await employer.GotoAsync($"{portal.BaseUrl}/layanan/lowongan/saya/{vacancyId}");
        (await employer.Locator("[data-testid=status]").InnerTextAsync()).ShouldStartWith("Tayang sampai ");
        (await employer.Locator("[data-testid=register-number]").InnerTextAsync()).ShouldMatch(@"^\d{4}/LOKER/DISPMPTSPTK/\d{4}$");
        await FitsAndShootAsync(employer, "lowongan-saya-tayang");
        await DesktopAsync(employerDesk, employer.Url, "lowongan-saya-tayang");

        // 3. Siti finds it on her phone by its position, sees it fits her, applies.
        var seeker = await SignedInPhoneAsync(Seeker);
        var seekerDesk = Enabled ? await SignedInDesktopAsync(Seeker) : null;
        await seeker.GotoAsync($"{portal.BaseUrl}/layanan/lowongan");
        await FitsAndShootAsync(seeker, "lowongan");
        await DesktopAsync(seekerDesk, seeker.Url, "lowongan");
        await seeker.FillAsync("#q", "Kertapati");
        await seeker.ClickAsync("[data-testid=listing-form] button[type=submit]");
        await seeker.WaitForURLAsync("**/layanan/lowongan?q=Kertapati*");
        (await seeker.Locator("[data-testid=result-count]").InnerTextAsync()).ShouldContain("1 lowongan cocok");
        var found = seeker.Locator("[data-testid=vacancies] .ly-job");
        (await found.InnerTextAsync()).ShouldContain("PT Sriwijaya Makmur");
        (await found.InnerTextAsync()).ShouldContain("3.500.000");
        await FitsAndShootAsync(seeker, "lowongan-cari");

        await seeker.ClickAsync("[data-testid=seeker-links] a:has-text('Lowongan yang cocok untuk saya')");
        await seeker.WaitForURLAsync("**/layanan/lowongan/cocok");
        await seeker.Locator("[data-testid=matches]").WaitForAsync();
        var match = seeker.Locator("[data-testid=match]", new() { HasText = Position });
        (await match.CountAsync()).ShouldBe(1, "the vacancy is among those that fit Siti");
        (await match.Locator("[data-testid=reasons] li").CountAsync()).ShouldBeGreaterThan(0);
        (await match.Locator("[data-testid=reasons]").InnerTextAsync()).ShouldContain("Jurusan Akuntansi sesuai syarat");
        await FitsAndShootAsync(seeker, "cocok");
        await DesktopAsync(seekerDesk, seeker.Url, "cocok");

        await seeker.GotoAsync($"{portal.BaseUrl}/layanan/lowongan?q=Kertapati");
        await found.Locator("h2 a").ClickAsync();
        await seeker.WaitForURLAsync($"**/layanan/lowongan/{vacancyId}");
        await Expect(seeker.Locator("h1")).ToHaveTextAsync(Position);
        (await seeker.Locator("[data-testid=register]").InnerTextAsync()).ShouldContain("/LOKER/");
        (await seeker.Locator("[data-testid=shared-data]").InnerTextAsync()).ShouldContain("Siti Rahma");
        (await seeker.Locator("[data-testid=shared-data]").InnerTextAsync()).ShouldNotContain("6372015405980001");
        await FitsAndShootAsync(seeker, "lowongan-detail");
        await DesktopAsync(seekerDesk, seeker.Url, "lowongan-detail");
        await seeker.FillAsync("#pesan", "Saya berpengalaman satu tahun di bagian pembukuan.");
        await SubmitAsync(seeker, "[data-testid=apply-form]", $"**/layanan/lowongan/{vacancyId}?terkirim=1");
        (await seeker.Locator("[data-testid=apply-sent]").InnerTextAsync()).ShouldContain("Lamaran Anda terkirim");
        await FitsAndShootAsync(seeker, "lamar-terkirim");
        await seeker.GotoAsync($"{portal.BaseUrl}/layanan/lowongan");
        await seeker.ClickAsync("[data-testid=seeker-links] a:has-text('Lamaran saya')");
        await seeker.WaitForURLAsync("**/layanan/lamaran");
        await seeker.Locator("[data-testid=applications]").WaitForAsync();
        var application = seeker.Locator("[data-testid=applications] > li", new() { HasText = Position });
        (await application.Locator("[data-testid=application-state]").InnerTextAsync()).ShouldBe("Terkirim");
        await FitsAndShootAsync(seeker, "lamaran");
        await DesktopAsync(seekerDesk, seeker.Url, "lamaran");

        // 4. The employer sees Siti among the applicants, without her NIK, and reports her placement (a wrong date first).
        await employer.GotoAsync($"{portal.BaseUrl}/layanan/lowongan/saya/{vacancyId}/pelamar");
        var applicant = employer.Locator("[data-testid=applicant]", new() { HasText = "Siti Rahma" });
        (await applicant.InnerTextAsync()).ShouldContain("Terkirim");
        (await applicant.InnerTextAsync()).ShouldContain("D3");
        (await employer.Locator("main").InnerTextAsync()).ShouldNotContain("6372015405980001");
        await FitsAndShootAsync(employer, "pelamar");
        await DesktopAsync(employerDesk, employer.Url, "pelamar");
        await applicant.Locator("a:has-text('Diterima bekerja')").ClickAsync();
        await employer.WaitForURLAsync("**/layanan/penempatan?lamaran=*");
        await employer.Locator("[data-testid=placement-form]").WaitForAsync();
        await FitsAndShootAsync(employer, "penempatan");
        await DesktopAsync(employerDesk, employer.Url, "penempatan");
        await employer.FillAsync("#mulai", $"{today.AddYears(1):yyyy-MM-dd}");
        await employer.ClickAsync("[data-testid=placement-form] button[type=submit]");
        await ErrorNextToAsync(employer, "mulai", "paling lambat");
        (await employer.InputValueAsync("#lamaran")).ShouldNotBeEmpty("the chosen applicant stays chosen");
        await FitsAndShootAsync(employer, "penempatan-salah");
        await employer.FillAsync("#mulai", $"{today:yyyy-MM-dd}");
        await SubmitAsync(employer, "[data-testid=placement-form]", "**/layanan/penempatan?dilaporkan=1");
        (await employer.Locator("[data-testid=reported]").InnerTextAsync()).ShouldContain("Penempatan sudah dicatat");
        (await employer.Locator("[data-testid=past-placements]").InnerTextAsync()).ShouldContain("Siti Rahma");
        await FitsAndShootAsync(employer, "penempatan-dilaporkan");

        await seeker.GotoAsync($"{portal.BaseUrl}/layanan/lamaran");
        (await application.Locator("[data-testid=application-state]").InnerTextAsync()).ShouldBe("Diterima bekerja");

        // 5. The supervisor sees it counted.
        var (figuresAfter, reportAfter) = await PlacementsCountedAsync(month, shoot: true);
        figuresAfter.ShouldBe(figuresBefore + 1, "placements this month on /pasar-kerja/angka");
        reportAfter.ShouldBe(reportBefore + 1, "\"Penempatan dilaporkan\" in the monthly report");

        if (Enabled) await DeskScreenshotsAsync(vacancyId);
        foreach (var page in new[] { employer, seeker, employerDesk, seekerDesk }.OfType<IPage>()) await page.Context.CloseAsync();
    }

    /// <summary>The Kasi's figures page and monthly report for <paramref name="month"/>: the placements each counts.</summary>
    private async Task<(int Figures, int Report)> PlacementsCountedAsync(string month, bool shoot)
    {
        await using var kasi = await OfficerSession.SignInAsync(portal.Browser, portal.BaseUrl, "kasi");
        await kasi.Page.SetViewportSizeAsync(1366, 768);
        await kasi.OpenAsync("/pasar-kerja/angka");
        var card = kasi.Page.Locator("[data-card='Penempatan'] [data-value]");
        var figures = Count(await card.InnerTextAsync());
        if (shoot) await ShootAsync(kasi.Page, "angka");
        await kasi.OpenAsync($"/laporan/bulanan?bulan={month}");
        var line = kasi.Page.Locator("[data-testid=labor-market-figures] tr[data-labor-market='Penempatan dilaporkan'] td").Nth(1);
        var report = Count(await line.InnerTextAsync());
        if (shoot) await ShootAsync(kasi.Page, "laporan-bulanan");
        return (figures, report);
    }

    /// <summary>The desk's job market pages at 1366 px, for the screenshots.</summary>
    private async Task DeskScreenshotsAsync(long vacancyId)
    {
        await using var desk = await OfficerSession.SignInAsync(portal.Browser, portal.BaseUrl, "pengantar-kerja");
        await desk.Page.SetViewportSizeAsync(1366, 768);
        foreach (var (path, name) in new[]
                 {
                     ("/pasar-kerja/lowongan", "staf-lowongan"), ($"/pasar-kerja/lowongan/{vacancyId}", "staf-lowongan-detail"),
                     ($"/pasar-kerja/lowongan/{vacancyId}/kandidat", "staf-kandidat"), ($"/pasar-kerja/lowongan/{vacancyId}/pelamar", "staf-pelamar"),
                     ("/pasar-kerja/lowongan/baru", "staf-lowongan-baru"), ("/pasar-kerja/penempatan", "staf-penempatan"),
                 })
        {
            await desk.OpenAsync(path);
            await desk.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await FitsAndShootAsync(desk.Page, name);
        }
    }

    private static int Count(string text) => int.Parse(new string([.. text.Where(char.IsDigit)]) is { Length: > 0 } digits ? digits : "0");

    /// <summary>The field's error is inside the field's own block, right under its input, and says <paramref name="says"/>.</summary>
    private static async Task ErrorNextToAsync(IPage page, string id, string says)
    {
        var error = page.Locator($".ly-field:has(#{id}) #{id}-error");
        (await error.CountAsync()).ShouldBe(1, $"no message next to #{id}; the page shows: {string.Join(" | ", await page.Locator(".ly-error, .ly-notice").AllInnerTextsAsync())}");
        (await error.InnerTextAsync()).ShouldContain(says, Case.Insensitive);
        (await page.GetAttributeAsync($"#{id}", "aria-invalid") ?? await page.GetAttributeAsync($"#{id}", "aria-describedby") ?? "").ShouldNotBeEmpty($"#{id} points to its message");
    }

    private async Task<IPage> SignedInPhoneAsync(string email)
    {
        var page = await portal.NewPhoneAsync();
        await SignInAsync(page, email);
        return page;
    }

    private async Task<IPage> SignedInDesktopAsync(string email)
    {
        var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1366, Height = 768 }, Locale = "id-ID" });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await SignInAsync(page, email);
        return page;
    }

    private async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync($"{portal.BaseUrl}/layanan/masuk");
        await page.FillAsync("#login", email);
        await page.FillAsync("#password", DemoStaff.Password);
        await SubmitAsync(page, "form.ly-form", "**/layanan/akun");
    }

    /// <summary>Sends a public form and waits for the page it leads to; when it stays, fails with the errors the page shows.</summary>
    private static async Task SubmitAsync(IPage page, string form, string next)
    {
        await page.ClickAsync($"{form} button[type=submit]");
        try
        {
            await page.WaitForURLAsync(next, new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            var shown = await page.Locator(".ly-error, .ly-notice").AllInnerTextsAsync();
            throw new ShouldAssertException($"The form {form} at {page.Url} did not lead to {next}; the page shows: {string.Join(" | ", shown)}");
        }
    }

    private async Task ActAsync(string officer, string casePath, string outcome)
    {
        await using var session = await OfficerSession.SignInAsync(portal.Browser, portal.BaseUrl, officer);
        await session.OpenAsync(casePath);
        await session.ActAsync(outcome);
        (await session.Page.Locator("[data-testid=refusal]").CountAsync()).ShouldBe(0, $"{officer} was refused at {outcome}");
    }

    /// <summary>The lowongan berkas behind the employer's vacancy (the officer then finds it in the inbox).</summary>
    private async Task<Guid?> CaseIdAsync(long vacancyId)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDeskDbContext>();
        return await db.Vacancies.Where(v => v.Id == vacancyId).Select(v => v.CaseId).SingleAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
