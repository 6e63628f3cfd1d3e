using Microsoft.Playwright;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Tests.EndToEnd;
using SopDesk.Web.Layanan.Accounts;
using static SopDesk.Tests.Web.Layanan.Applications.ApplicantBed;

namespace SopDesk.Tests.Web.LaborMarket.Listing;

/// <summary>
/// The listing and a vacancy's page in Debian's chromium on a phone (390×844) and a desktop (1366×768): nothing wider than
/// the screen, the menu as one button on the phone and a row of links on the desktop. Screenshots go to the temp folder
/// (sopdesk-lowongan-*.png; docs/img/layanan holds copies).
/// </summary>
public sealed class ListingBrowserTests(PortalBrowserFixture portal) : IClassFixture<PortalBrowserFixture>
{
    private static readonly (string Position, string Company, string Location, EducationLevel Education, long? Min, long? Max)[] Samples =
    [
        ("Operator Produksi", "PT Sriwijaya Makmur Abadi", "Kota Palembang", EducationLevel.Sma, 3_500_000, 4_500_000),
        ("Kasir", "Toko Bangunan Sentosa", "Kota Pagar Alam", EducationLevel.Sma, 2_900_000, 3_200_000),
        ("Staf Akuntansi", "CV Lahat Jaya Konstruksi", "Kab. Lahat", EducationLevel.D3, null, null),
        ("Teknisi Listrik", "PT Bukit Energi Nusantara", "Kab. Muara Enim", EducationLevel.Sma, 4_000_000, null),
        ("Perawat", "RS Bunda Prabumulih", "Kota Prabumulih", EducationLevel.D3, 4_200_000, 5_000_000),
    ];

    private static string Shot(string name) => Path.Combine(Path.GetTempPath(), $"sopdesk-lowongan-{name}.png");

    private async Task<(PublicAccountRecord Seeker, VacancyRecord Featured)> SeedAsync()
    {
        VacancyRecord? featured = null;
        for (var i = 0; i < 25; i++)
        {
            var (position, company, location, education, min, max) = Samples[i % Samples.Length];
            var added = await ListingBed.AddAsync(portal.Services, i < Samples.Length ? position : $"{position} {i / Samples.Length + 1}", v =>
            {
                v.CompanyName = company; v.Location = location; v.EducationMin = (int)education; v.SalaryMin = min; v.SalaryMax = max;
                v.ClosesOn = ListingBed.Today.AddDays(10 + i); v.PublishedAt = DateTimeOffset.UtcNow.AddHours(-i);
                v.RegisterNumber = $"{i + 1:0000}/LOKER/DISPMPTSPTK/2026";
                if (i == 0)
                {
                    v.Skills = "Mesin produksi, K3 dasar, Kerja shift"; v.Majors = "Teknik Mesin, Teknik Industri"; v.ExperienceYears = 1;
                    v.AgeMin = 18; v.AgeMax = 35; v.AgeReason = "Kerja shift malam di lantai produksi";
                    v.Description = "Menjalankan dan merawat mesin pengemasan, mencatat hasil produksi per shift.\nPenempatan di pabrik Kertapati.";
                }
            });
            featured ??= added;
        }
        var seeker = await CreateAccountAsync(portal.Services, 7600);
        await ListingBed.ProfileAsync(portal.Services, seeker);
        return (seeker, featured!);
    }

    private async Task<IPage> PageAsync(int width, int height, PublicAccountRecord? account)
    {
        var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = width, Height = height }, IsMobile = width < 500, HasTouch = width < 500, Locale = "id-ID",
        });
        if (account is not null)
        {
            var host = new Uri(portal.BaseUrl).Host;
            await context.AddCookiesAsync([new Cookie { Name = LayananAuth.CookieName, Value = CookieValue(portal.Services, account), Domain = host, Path = "/layanan" }]);
        }
        return await context.NewPageAsync();
    }

    private static Task<int> OverflowAsync(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

    [Fact]
    public async Task The_listing_and_a_vacancy_read_well_on_a_phone_and_a_desktop()
    {
        var (seeker, featured) = await SeedAsync();

        var phone = await PageAsync(390, 844, seeker);
        await phone.GotoAsync($"{portal.BaseUrl}/layanan/lowongan");
        (await OverflowAsync(phone)).ShouldBeLessThanOrEqualTo(0);
        (await phone.Locator(".ly-menu > summary").IsVisibleAsync()).ShouldBeTrue();
        (await phone.Locator(".ly-nav a[href='/layanan/lamaran']").IsVisibleAsync()).ShouldBeFalse();
        await phone.ScreenshotAsync(new() { Path = Shot("cari-390"), FullPage = false });
        await phone.Locator(".ly-menu > summary").ClickAsync();
        (await phone.Locator(".ly-nav a[href='/layanan/lamaran']").IsVisibleAsync()).ShouldBeTrue();
        await phone.ScreenshotAsync(new() { Path = Shot("menu-390") });

        await phone.GotoAsync($"{portal.BaseUrl}/layanan/lowongan/{featured.Id}");
        (await OverflowAsync(phone)).ShouldBeLessThanOrEqualTo(0);
        await phone.ScreenshotAsync(new() { Path = Shot("detail-390"), FullPage = true });

        var desk = await PageAsync(1366, 768, seeker);
        await desk.GotoAsync($"{portal.BaseUrl}/layanan/lowongan?pendidikan=SMA%2FSMK");
        (await OverflowAsync(desk)).ShouldBeLessThanOrEqualTo(0);
        (await desk.Locator(".ly-nav a[href='/layanan/lamaran']").IsVisibleAsync()).ShouldBeTrue();
        (await desk.Locator(".ly-menu > summary").IsVisibleAsync()).ShouldBeFalse();
        await desk.ScreenshotAsync(new() { Path = Shot("cari-1366"), FullPage = true });
        await desk.GotoAsync($"{portal.BaseUrl}/layanan/lowongan/{featured.Id}");
        await desk.ScreenshotAsync(new() { Path = Shot("detail-1366"), FullPage = true });

        await desk.ClickAsync("[data-testid=apply-button]");
        await desk.WaitForSelectorAsync("[data-testid=apply-sent]");
        await desk.GotoAsync($"{portal.BaseUrl}/layanan/lamaran");
        (await desk.Locator("[data-testid=application-state]").First.InnerTextAsync()).ShouldBe("Terkirim");
        await desk.ScreenshotAsync(new() { Path = Shot("lamaran-1366") });
    }
}
