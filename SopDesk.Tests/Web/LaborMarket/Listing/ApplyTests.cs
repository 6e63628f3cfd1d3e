using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data.Entities;
using SopDesk.Web.Layanan.Jobs.Listing;
using static SopDesk.Tests.Web.Layanan.Applications.ApplicantBed;
using static SopDesk.Tests.Web.Layanan.LayananForms;

namespace SopDesk.Tests.Web.LaborMarket.Listing;

/// <summary>Applying to a vacancy: who may, what the others are told, one application per vacancy and AK1 profile, the journal line.</summary>
public sealed class ApplyTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private static int _serial = 7100;
    private static int Next() => Interlocked.Increment(ref _serial);

    private static string PagePath(VacancyRecord vacancy) => $"/layanan/lowongan/{vacancy.Id}";

    private async Task<(PublicAccountRecord Account, JobSeekerProfileRecord Profile, VacancyRecord Vacancy)> SeekerAndVacancyAsync()
    {
        var account = await CreateAccountAsync(app.Services, Next());
        var profile = await ListingBed.ProfileAsync(app.Services, account);
        var vacancy = await ListingBed.AddAsync(app.Services, "Admin Gudang");
        return (account, profile, vacancy);
    }

    private async Task<List<JobApplicationRecord>> ApplicationsAsync(long vacancyId)
    {
        await using var db = await ListingBed.NewContextAsync(app.Services);
        return await db.JobApplications.AsNoTracking().Where(a => a.VacancyId == vacancyId).ToListAsync();
    }

    private async Task<ApplyResult> ApplyDirectAsync(PublicAccountRecord? account, long vacancyId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobApplying>().ApplyAsync(account, vacancyId, null);
    }

    [Fact]
    public async Task A_seeker_with_an_active_AK1_sees_what_the_employer_will_see_and_never_the_NIK()
    {
        var (account, _, vacancy) = await SeekerAndVacancyAsync();

        var html = Decoded(await Client(app, account).GetStringAsync(PagePath(vacancy)));

        html.ShouldContain("Pemberi kerja akan melihat data berikut");
        html.ShouldContain(account.Name);
        html.ShouldContain("081234567890");
        html.ShouldContain(account.Email!);
        html.ShouldContain("Kasir, Admin gudang");
        html.ShouldContain("Akuntansi");
        html.ShouldContain("NIK dan alamat Anda tidak diperlihatkan");
        html.ShouldNotContain(account.Nik!);
        html.ShouldContain("Kirim lamaran");
    }

    [Fact]
    public async Task Applying_creates_one_sent_application_and_a_journal_line_then_the_page_says_so()
    {
        var (account, profile, vacancy) = await SeekerAndVacancyAsync();
        var client = Client(app, account);
        var tokens = await ApplyForms.TokensAsync(client, PagePath(vacancy));

        var response = await ApplyForms.PostAsync(client, PagePath(vacancy), "lamar", tokens, new Dictionary<string, string> { ["pesan"] = "Siap bekerja shift." });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var application = (await ApplicationsAsync(vacancy.Id)).ShouldHaveSingleItem();
        (application.ProfileId, application.AccountId, application.Status, application.Message)
            .ShouldBe((profile.Id, account.Id, JobApplicationStatus.Sent, "Siap bekerja shift."));
        await using (var db = await ListingBed.NewContextAsync(app.Services))
        {
            var line = await db.Journal.AsNoTracking().SingleAsync(j => j.Action == JournalActions.JobApplied && j.Detail.Contains($"#{vacancy.Id} "));
            line.ActorUserId.ShouldBe($"layanan:{account.Id:N}");
            line.CaseId.ShouldBeNull();
        }
        var after = Decoded(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        after.ShouldContain("Lamaran Anda terkirim");
        after.ShouldContain("Anda sudah melamar pada Admin Gudang — PT Uji Sejahtera.");
        after.ShouldNotContain("Kirim lamaran");
    }

    [Fact]
    public async Task A_double_click_gives_one_application()
    {
        var (account, _, vacancy) = await SeekerAndVacancyAsync();
        var client = Client(app, account);
        var tokens = await ApplyForms.TokensAsync(client, PagePath(vacancy));

        var both = await Task.WhenAll(
            ApplyForms.PostAsync(client, PagePath(vacancy), "lamar", tokens),
            ApplyForms.PostAsync(client, PagePath(vacancy), "lamar", tokens));
        var third = await ApplyForms.PostAsync(client, PagePath(vacancy), "lamar", tokens);

        both.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Redirect);
        (await ApplicationsAsync(vacancy.Id)).Count.ShouldBe(1);
        third.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ApplicationsAsync(vacancy.Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Signed_out_visitors_are_told_to_sign_in_or_register_and_the_server_refuses_them()
    {
        var vacancy = await ListingBed.AddAsync(app.Services, "Pramusaji");

        var client = Client(app);
        var html = Decoded(await client.GetStringAsync(PagePath(vacancy)));
        var result = await ApplyDirectAsync(null, vacancy.Id);
        var madeUp = await ApplyForms.PostAsync(client, PagePath(vacancy), "lamar", await ApplyForms.TokensAsync(client, "/layanan/pengaduan"));

        html.ShouldContain("Masuk dengan akun pencari kerja untuk melamar");
        html.ShouldContain($"/layanan/masuk?ReturnUrl=%2Flayanan%2Flowongan%2F{vacancy.Id}");
        html.ShouldContain("/layanan/daftar/pencari-kerja");
        html.ShouldNotContain("Kirim lamaran");
        result.Ok.ShouldBeFalse();
        madeUp.StatusCode.ShouldBe(HttpStatusCode.OK);
        Decoded(await madeUp.Content.ReadAsStringAsync()).ShouldContain("role=\"alert\" data-testid=\"apply-message\">Masuk dengan akun pencari kerja");
        (await ApplicationsAsync(vacancy.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_employer_account_cannot_apply()
    {
        var employer = await CreateAccountAsync(app.Services, Next(), PublicAccountKind.PemberiKerja);
        var vacancy = await ListingBed.AddAsync(app.Services, "Pramusaji");

        var html = Decoded(await Client(app, employer).GetStringAsync(PagePath(vacancy)));
        var result = await ApplyDirectAsync(employer, vacancy.Id);

        html.ShouldContain("Akun pemberi kerja tidak dapat melamar");
        (result.Ok, result.Message).ShouldBe((false, "Akun pemberi kerja tidak dapat melamar. Untuk melamar, masuk dengan akun pencari kerja."));
        (await ApplicationsAsync(vacancy.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_seeker_without_AK1_is_sent_to_the_online_AK1_service()
    {
        var account = await CreateAccountAsync(app.Services, Next());
        var vacancy = await ListingBed.AddAsync(app.Services, "Pramusaji");

        var html = Decoded(await Client(app, account).GetStringAsync(PagePath(vacancy)));
        var result = await ApplyDirectAsync(account, vacancy.Id);

        html.ShouldContain("memerlukan kartu AK1");
        html.ShouldContain("href=\"/layanan/ajukan/ak1\"");
        result.Ok.ShouldBeFalse();
        (await ApplicationsAsync(vacancy.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_seeker_whose_AK1_is_still_in_process_is_told_so()
    {
        var account = await CreateAccountAsync(app.Services, Next());
        await ListingBed.Ak1InProcessAsync(app.Services, account);
        var vacancy = await ListingBed.AddAsync(app.Services, "Pramusaji");

        var html = Decoded(await Client(app, account).GetStringAsync(PagePath(vacancy)));
        var result = await ApplyDirectAsync(account, vacancy.Id);

        html.ShouldContain("AK1 Anda masih diproses");
        result.Message.ShouldStartWith("AK1 Anda masih diproses");
        (await ApplicationsAsync(vacancy.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_seeker_whose_AK1_expired_is_asked_to_renew_it()
    {
        var account = await CreateAccountAsync(app.Services, Next());
        await ListingBed.ProfileAsync(app.Services, account, validUntil: DateTimeOffset.UtcNow.AddDays(-1));
        var vacancy = await ListingBed.AddAsync(app.Services, "Pramusaji");

        var result = await ApplyDirectAsync(account, vacancy.Id);

        result.Message.ShouldStartWith("Masa berlaku AK1 Anda sudah habis");
        (await ApplicationsAsync(vacancy.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_placed_seeker_is_told_they_are_recorded_as_working()
    {
        var account = await CreateAccountAsync(app.Services, Next());
        await ListingBed.ProfileAsync(app.Services, account, SopDesk.Data.Entities.SeekerStatus.Placed);
        var vacancy = await ListingBed.AddAsync(app.Services, "Pramusaji");

        var html = Decoded(await Client(app, account).GetStringAsync(PagePath(vacancy)));
        var result = await ApplyDirectAsync(account, vacancy.Id);

        html.ShouldContain("Anda tercatat sudah bekerja");
        result.Ok.ShouldBeFalse();
        (await ApplicationsAsync(vacancy.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_form_sent_after_the_seeker_was_placed_is_refused_on_the_server()
    {
        var (account, profile, vacancy) = await SeekerAndVacancyAsync();
        var client = Client(app, account);
        var tokens = await ApplyForms.TokensAsync(client, PagePath(vacancy));
        await using (var db = await ListingBed.NewContextAsync(app.Services))
        {
            await db.JobSeekerProfiles.Where(p => p.Id == profile.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, SeekerStatus.Placed));
        }

        var response = await ApplyForms.PostAsync(client, PagePath(vacancy), "lamar", tokens);

        Decoded(await response.Content.ReadAsStringAsync()).ShouldContain("Anda tercatat sudah bekerja");
        (await ApplicationsAsync(vacancy.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_closed_vacancy_takes_no_application()
    {
        var (account, _, vacancy) = await SeekerAndVacancyAsync();
        await using (var db = await ListingBed.NewContextAsync(app.Services))
        {
            await db.Vacancies.Where(v => v.Id == vacancy.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, VacancyStatus.Closed));
        }

        var result = await ApplyDirectAsync(account, vacancy.Id);

        result.Ok.ShouldBeFalse();
        (await ApplicationsAsync(vacancy.Id)).ShouldBeEmpty();
    }
}
