using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Features.LaborMarket.Vacancies;
using static SopDesk.Tests.Web.LaborMarket.Vacancies.VacancyBed;

namespace SopDesk.Tests.Web.LaborMarket.Vacancies;

/// <summary>The desk's vacancy pages and the panel on the lowongan berkas, as the server renders them for an officer.</summary>
public sealed class DeskPagesTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = SignInForm.NewClient(app);
        (await SignInForm.SignInAsync(client, user, DemoStaff.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private async Task<VacancyRecord> RecordedAsync()
    {
        var input = new VacancyInput
        {
            CompanyName = "PT Panel Uji", Position = "Pengemudi truk", Description = "Mengantar hasil kebun ke Palembang.", Openings = "2",
            Location = "Kota Pagar Alam", Sector = "H", Education = "SMP", AgeMin = "21", AgeMax = "45", AgeReason = "SIM B1 umum minimal 21 tahun",
            Gender = "", SalaryMin = "3.200.000", ClosesOn = Today(app.Services).AddDays(14).ToString("yyyy-MM-dd"),
            ContactName = "Pak Yusuf", ContactPhone = "0812 1111 2222",
        };
        await using var scope = app.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<VacancyDesk>().RecordAsync(input, VacancySource.Canvassed, null,
            await OfficerAsync(app.Services, "pengantar-kerja"));
        saved.Ok.ShouldBeTrue(saved.Message);
        return await VacancyAsync(app.Services, saved.Id!.Value);
    }

    [Fact]
    public async Task An_officer_sees_the_list_the_detail_with_its_links_and_the_panel_on_the_berkas()
    {
        var v = await RecordedAsync();
        var client = await SignedInAsync("pengantar-kerja");

        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/pasar-kerja/lowongan"));
        list.ShouldContain($"href=\"/pasar-kerja/lowongan/{v.Id}\"");
        list.ShouldContain("Menunggu verifikasi");

        var detail = WebUtility.HtmlDecode(await client.GetStringAsync($"/pasar-kerja/lowongan/{v.Id}"));
        detail.ShouldContain($"/berkas/{v.CaseId}");
        detail.ShouldContain($"/pasar-kerja/lowongan/{v.Id}/kandidat");
        detail.ShouldContain($"/pasar-kerja/lowongan/{v.Id}/pelamar");
        detail.ShouldContain("21–45 tahun — alasan: SIM B1 umum minimal 21 tahun");
        detail.ShouldContain("Rp 3.200.000");

        var berkas = WebUtility.HtmlDecode(await client.GetStringAsync($"/berkas/{v.CaseId}"));
        berkas.ShouldContain("data-testid=\"vacancy-panel\"");
        berkas.ShouldContain("data-testid=\"limits-note\"");
        berkas.ShouldContain("Mengantar hasil kebun ke Palembang.");

        (await client.GetAsync("/pasar-kerja/lowongan/baru")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Staff_outside_the_job_market_are_refused_the_pages()
    {
        var response = await (await SignedInAsync("petugas-penerima")).GetAsync("/pasar-kerja/lowongan");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/ditolak");
    }
}
