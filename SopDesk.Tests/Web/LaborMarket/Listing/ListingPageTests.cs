using System.Net;
using SopDesk.Data.Entities;
using static SopDesk.Tests.Web.Layanan.LayananForms;

namespace SopDesk.Tests.Web.LaborMarket.Listing;

/// <summary>/layanan/lowongan and a vacancy's page through real GETs: cards, kept filters, calm notes for bad values, 404s.</summary>
public sealed class ListingPageTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(path);
        return (response.StatusCode, Decoded(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_card_shows_position_company_location_education_salary_and_closing_date()
    {
        var closes = ListingBed.Today.AddDays(20);
        await ListingBed.AddAsync(app.Services, "Juru Masak Zamrud", v =>
        {
            v.CompanyName = "Rumah Makan Pindang"; v.Location = "Kota Pagar Alam"; v.SalaryMin = 3_500_000; v.SalaryMax = 4_500_000; v.ClosesOn = closes;
        });
        await ListingBed.AddAsync(app.Services, "Pencuci Piring Zamrud", v => { v.SalaryMin = null; v.SalaryMax = null; });

        var (status, html) = await GetAsync("/layanan/lowongan?q=zamrud");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Juru Masak Zamrud");
        html.ShouldContain("Rumah Makan Pindang");
        html.ShouldContain("Kota Pagar Alam");
        html.ShouldContain("Minimal SMA/SMK");
        html.ShouldContain("Rp\u00A03.500.000 – Rp\u00A04.500.000/bulan");
        html.ShouldContain("Gaji dirahasiakan");
        html.ShouldContain($"Lamaran diterima sampai {closes.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("id-ID"))}");
        html.ShouldContain("<strong>2</strong> lowongan cocok");
    }

    [Fact]
    public async Task Filters_keep_their_values_and_paging_links_keep_the_filters()
    {
        for (var i = 0; i < 23; i++) await ListingBed.AddAsync(app.Services, $"Penjahit Safir {i}", v => v.Location = "Kab. Lahat");

        var (_, html) = await GetAsync("/layanan/lowongan?q=safir&lokasi=Kab.%20Lahat&pendidikan=SMA%2FSMK&hal=2");

        html.ShouldContain("value=\"safir\"");
        html.ShouldContain("<option value=\"Kab. Lahat\" selected");
        html.ShouldContain("<option value=\"SMA/SMK\" selected");
        html.ShouldContain("Halaman 2 dari 2");
        html.ShouldContain("href=\"/layanan/lowongan?q=safir&lokasi=Kab.%20Lahat&pendidikan=SMA%2FSMK\"");
        html.ShouldContain("Sebelumnya");
        html.ShouldNotContain("Berikutnya ›");
    }

    [Theory]
    [InlineData("/layanan/lowongan?lokasi=Atlantis", "Lokasi \"Atlantis\" tidak kami kenal")]
    [InlineData("/layanan/lowongan?pendidikan=Profesor", "Jenjang pendidikan \"Profesor\" tidak kami kenal")]
    [InlineData("/layanan/lowongan?sektor=ZZ", "Sektor \"ZZ\" tidak kami kenal")]
    [InlineData("/layanan/lowongan?hal=abc", "Nomor halaman \"abc\" tidak dapat dibaca")]
    [InlineData("/layanan/lowongan?hal=-1", "Nomor halaman \"-1\" tidak dapat dibaca")]
    [InlineData("/layanan/lowongan?hal=99999999999999", "Nomor halaman")]
    public async Task Wrong_filter_values_are_ignored_with_a_calm_note(string path, string note)
    {
        await ListingBed.AddAsync(app.Services, "Satpam Kuarsa");

        var (status, html) = await GetAsync(path);

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain(note);
        html.ShouldContain("Satpam Kuarsa");
    }

    [Fact]
    public async Task A_page_beyond_the_last_shows_the_last_with_a_note()
    {
        await ListingBed.AddAsync(app.Services, "Montir Topas");

        var (status, html) = await GetAsync("/layanan/lowongan?q=topas&hal=7");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Halaman 7 tidak ada; ditampilkan halaman 1 dari 1.");
        html.ShouldContain("Montir Topas");
    }

    [Theory]
    [InlineData("%22")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("-")]
    public async Task Hostile_text_answers_a_page(string q)
    {
        var (status, _) = await GetAsync($"/layanan/lowongan?q={q}");

        status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task No_result_shows_an_empty_state_with_a_hint()
    {
        var (_, html) = await GetAsync("/layanan/lowongan?q=xylofonistikum");

        html.ShouldContain("Tidak ada lowongan yang cocok.");
        html.ShouldContain("Coba kata kunci yang lebih pendek");
    }

    [Fact]
    public async Task Expired_and_unpublished_vacancies_are_not_listed()
    {
        await ListingBed.AddAsync(app.Services, "Gembala Kalsedon", v => v.ClosesOn = ListingBed.Today.AddDays(-3));
        await ListingBed.AddAsync(app.Services, "Penyelam Kalsedon", v => v.Status = VacancyStatus.Submitted);

        var (_, html) = await GetAsync("/layanan/lowongan?q=kalsedon");

        html.ShouldNotContain("Gembala Kalsedon");
        html.ShouldNotContain("Penyelam Kalsedon");
    }

    [Fact]
    public async Task The_vacancy_page_shows_its_public_fields_limits_with_reasons_and_the_register_number()
    {
        var vacancy = await ListingBed.AddAsync(app.Services, "Pengemudi Truk Giok", v =>
        {
            v.AgeMin = 21; v.AgeMax = 45; v.AgeReason = "SIM B2 umum mensyaratkan usia minimal 21 tahun";
            v.Gender = "Laki-laki"; v.GenderReason = "Bongkar muat karung 50 kg"; v.Skills = "SIM B2, Mengemudi jarak jauh";
            v.Majors = "Teknik Otomotif"; v.ExperienceYears = 2; v.Sector = "H";
        });

        var (status, html) = await GetAsync($"/layanan/lowongan/{vacancy.Id}");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("<h1>Pengemudi Truk Giok</h1>");
        html.ShouldContain("21–45 tahun");
        html.ShouldContain("alasan: SIM B2 umum mensyaratkan usia minimal 21 tahun");
        html.ShouldContain("Khusus Laki-laki");
        html.ShouldContain("alasan: Bongkar muat karung 50 kg");
        html.ShouldContain("Teknik Otomotif");
        html.ShouldContain("Minimal 2 tahun");
        html.ShouldContain("Pengangkutan dan pergudangan");
        html.ShouldContain("Wajib lapor: 0001/LOKER/DISPMPTSPTK/2026");
    }

    [Theory]
    [InlineData(VacancyStatus.Submitted, 10)]
    [InlineData(VacancyStatus.Returned, 10)]
    [InlineData(VacancyStatus.Rejected, 10)]
    [InlineData(VacancyStatus.Closed, 10)]
    [InlineData(VacancyStatus.Published, -1)]
    public async Task An_unpublished_closed_or_expired_vacancy_answers_404(VacancyStatus status, int closesInDays)
    {
        var vacancy = await ListingBed.AddAsync(app.Services, "Tersembunyi", v => { v.Status = status; v.ClosesOn = ListingBed.Today.AddDays(closesInDays); });

        var (code, html) = await GetAsync($"/layanan/lowongan/{vacancy.Id}");

        code.ShouldBe(HttpStatusCode.NotFound);
        html.ShouldContain("Lowongan tidak ditemukan atau sudah ditutup");
        html.ShouldNotContain("Tersembunyi");
    }

    [Fact]
    public async Task An_unknown_vacancy_id_answers_404() =>
        (await GetAsync("/layanan/lowongan/987654321")).Status.ShouldBe(HttpStatusCode.NotFound);
}
