using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Tests.Data.LaborMarket;
using SopDesk.Tests.Web.Layanan;
using SopDesk.Tests.Web.Layanan.Applications;

namespace SopDesk.Tests.Web.LaborMarket.Matching;

/// <summary>/layanan/lowongan/cocok on the real app: a job seeker with an active AK1 sees the vacancies that fit them; others see why not.</summary>
public sealed class SeekerMatchesPageTests(LayananAppFixture fixture) : IClassFixture<LayananAppFixture>
{
    private const string Path = "/layanan/lowongan/cocok";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private async Task<SopDeskDbContext> DbAsync() =>
        await fixture.App.Services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();

    private async Task<string> GetAsync(PublicAccountRecord? account, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = ApplicantBed.Client(fixture.App, account);
        var response = await client.GetAsync(Path);
        response.StatusCode.ShouldBe(expected);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_job_seeker_with_an_active_AK1_sees_the_vacancies_that_fit_them_with_reasons_and_a_link()
    {
        var seeker = await ApplicantBed.CreateAccountAsync(fixture.App.Services, 7101);
        var other = await ApplicantBed.CreateAccountAsync(fixture.App.Services, 7102);
        long fitting, nursing;
        await using (var db = await DbAsync())
        {
            fitting = (await LaborMarketRows.AddVacancyAsync(db, v => (v.Position, v.Skills, v.ClosesOn) = ("Penyangrai Kopi Uji", "sangrai kopi", Today.AddDays(20)))).Id;
            nursing = (await LaborMarketRows.AddVacancyAsync(db, v => (v.Position, v.EducationMin, v.ClosesOn) = ("Perawat Klinik Uji", (int)EducationLevel.D3, Today.AddDays(20)))).Id;
            await LaborMarketRows.AddProfileAsync(db, p => (p.AccountId, p.WishedPositions, p.Skills, p.SignedAt, p.ValidUntil) =
                (seeker.Id, "penyangrai kopi", "sangrai kopi", DateTimeOffset.UtcNow.AddDays(-3), DateTimeOffset.UtcNow.AddMonths(23)));
            await LaborMarketRows.AddProfileAsync(db, p => (p.AccountId, p.WishedPositions, p.Education, p.SignedAt, p.ValidUntil) =
                (other.Id, "perawat klinik", (int)EducationLevel.D3, DateTimeOffset.UtcNow.AddDays(-3), DateTimeOffset.UtcNow.AddMonths(23)));
        }

        var page = await GetAsync(seeker);

        page.ShouldContain("Penyangrai Kopi Uji");
        page.ShouldContain($"href=\"/layanan/lowongan/{fitting}\"");
        page.ShouldContain("Pekerjaan yang diinginkan cocok: penyangrai kopi");
        page.ShouldNotContain("Perawat Klinik Uji", customMessage: "a D3 vacancy is not for an SMA/SMK holder");
        var theirs = await GetAsync(other);
        theirs.ShouldContain($"href=\"/layanan/lowongan/{nursing}\"");
    }

    [Fact]
    public async Task A_job_seeker_without_an_AK1_is_told_why_and_where_to_apply_for_one()
    {
        var seeker = await ApplicantBed.CreateAccountAsync(fixture.App.Services, 7103);

        var page = await GetAsync(seeker);

        page.ShouldContain("belum memiliki kartu AK1");
        page.ShouldContain("href=\"/layanan/ajukan/ak1\"");
        page.ShouldNotContain("data-testid=\"match\"");
    }

    [Fact]
    public async Task A_placed_job_seeker_is_told_the_search_is_closed()
    {
        var seeker = await ApplicantBed.CreateAccountAsync(fixture.App.Services, 7104);
        await using (var db = await DbAsync())
        {
            await LaborMarketRows.AddVacancyAsync(db, v => (v.Position, v.ClosesOn) = ("Operator Produksi Uji Tempat", Today.AddDays(20)));
            await LaborMarketRows.AddProfileAsync(db, p => (p.AccountId, p.Status, p.PlacedAt, p.ValidUntil) =
                (seeker.Id, SeekerStatus.Placed, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddMonths(23)));
        }

        var page = await GetAsync(seeker);

        page.ShouldContain("sudah ditempatkan bekerja");
        page.ShouldNotContain("Operator Produksi Uji Tempat");
    }

    [Fact]
    public async Task An_employer_sees_no_matches_and_an_anonymous_visitor_is_sent_to_sign_in()
    {
        var employer = await ApplicantBed.CreateAccountAsync(fixture.App.Services, 7105, PublicAccountKind.PemberiKerja);
        await using (var db = await DbAsync())
            await LaborMarketRows.AddVacancyAsync(db, v => (v.Position, v.ClosesOn) = ("Operator Produksi Uji Pemberi", Today.AddDays(20)));

        var page = await GetAsync(employer);
        page.ShouldContain("Pencocokan lowongan untuk pencari kerja");
        page.ShouldNotContain("Operator Produksi Uji Pemberi");

        using var anonymous = ApplicantBed.Client(fixture.App);
        var response = await anonymous.GetAsync(Path);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/layanan/masuk");
    }
}
