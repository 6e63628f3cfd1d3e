using System.Net;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using static SopDesk.Tests.Web.Layanan.Applications.ApplicantBed;
using static SopDesk.Tests.Web.Layanan.LayananForms;

namespace SopDesk.Tests.Web.LaborMarket.Listing;

/// <summary>/layanan/lamaran: the seeker's own applications in Indonesian states, and withdrawing only one's own.</summary>
public sealed class WithdrawTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private static int _serial = 7300;
    private static int Next() => Interlocked.Increment(ref _serial);

    private async Task<(PublicAccountRecord Account, JobApplicationRecord Application)> AppliedAsync(string position,
        JobApplicationStatus status = JobApplicationStatus.Sent)
    {
        var account = await CreateAccountAsync(app.Services, Next());
        var profile = await ListingBed.ProfileAsync(app.Services, account);
        var vacancy = await ListingBed.AddAsync(app.Services, position);
        var application = new JobApplicationRecord
        {
            Id = Guid.NewGuid(), VacancyId = vacancy.Id, ProfileId = profile.Id, AccountId = account.Id, AppliedAt = DateTimeOffset.UtcNow, Status = status,
        };
        await using var db = await ListingBed.NewContextAsync(app.Services);
        db.JobApplications.Add(application);
        await db.SaveChangesAsync();
        return (account, application);
    }

    private async Task<JobApplicationRecord> ReloadAsync(Guid id)
    {
        await using var db = await ListingBed.NewContextAsync(app.Services);
        return await db.JobApplications.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    private static Task<HttpResponseMessage> WithdrawAsync(HttpClient client, Dictionary<string, string> tokens, Guid formOf, Guid posted) =>
        ApplyForms.PostAsync(client, "/layanan/lamaran", $"tarik-{formOf:N}", tokens, new Dictionary<string, string> { ["lamaran"] = posted.ToString() });

    [Fact]
    public async Task The_list_shows_only_own_applications_with_their_state_in_Indonesian()
    {
        var (mine, _) = await AppliedAsync("Tukang Las Pirus", JobApplicationStatus.Shortlisted);
        await AppliedAsync("Tukang Kayu Pirus");

        var html = Decoded(await Client(app, mine).GetStringAsync("/layanan/lamaran"));

        html.ShouldContain("Tukang Las Pirus");
        html.ShouldContain("Dipanggil");
        html.ShouldNotContain("Tukang Kayu Pirus");
    }

    [Fact]
    public async Task A_seeker_withdraws_their_own_application_and_the_journal_says_so()
    {
        var (account, application) = await AppliedAsync("Kasir Opal");
        var client = Client(app, account);
        var tokens = await ApplyForms.TokensAsync(client, "/layanan/lamaran");

        var response = await WithdrawAsync(client, tokens, application.Id, application.Id);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = Decoded(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Lamaran ditarik");
        html.ShouldContain("Ditarik");
        (await ReloadAsync(application.Id)).Status.ShouldBe(JobApplicationStatus.Withdrawn);
        await using var db = await ListingBed.NewContextAsync(app.Services);
        (await db.Journal.AsNoTracking().CountAsync(j => j.Action == JournalActions.ApplicationWithdrawn && j.ActorUserId == $"layanan:{account.Id:N}"))
            .ShouldBe(1);
    }

    [Fact]
    public async Task Someone_elses_application_cannot_be_withdrawn()
    {
        var (attacker, own) = await AppliedAsync("Kasir Akik");
        var (_, victims) = await AppliedAsync("Kasir Akik");
        var client = Client(app, attacker);
        var tokens = await ApplyForms.TokensAsync(client, "/layanan/lamaran");

        var response = await WithdrawAsync(client, tokens, own.Id, victims.Id);

        Decoded(await response.Content.ReadAsStringAsync()).ShouldContain("Lamaran tidak ditemukan.");
        (await ReloadAsync(victims.Id)).Status.ShouldBe(JobApplicationStatus.Sent);
        (await ReloadAsync(own.Id)).Status.ShouldBe(JobApplicationStatus.Sent);
    }

    [Fact]
    public async Task A_decided_application_offers_no_withdraw_and_the_page_needs_a_sign_in()
    {
        var (account, application) = await AppliedAsync("Kasir Jasper", JobApplicationStatus.Hired);

        var html = Decoded(await Client(app, account).GetStringAsync("/layanan/lamaran"));
        var anonymous = await Client(app).GetAsync("/layanan/lamaran");

        html.ShouldContain("Diterima bekerja");
        html.ShouldNotContain($"tarik-{application.Id:N}");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.OriginalString.ShouldContain("/layanan/masuk");
    }
}
