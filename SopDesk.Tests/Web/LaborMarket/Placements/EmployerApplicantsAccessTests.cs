using System.Net;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using static SopDesk.Tests.Web.LaborMarket.Placements.PlacementBed;
using static SopDesk.Tests.Web.Layanan.Applications.ApplicantBed;

namespace SopDesk.Tests.Web.LaborMarket.Placements;

/// <summary>
/// Issue 15's access tests: an employer sees the applicants of its own vacancy only — never another employer's applicants
/// (GET or POST with the other vacancy's id answers 404 and changes nothing), never job seekers who did not apply; nobody
/// else sees them; each view is journaled once; NIK and address are never shown.
/// </summary>
[Collection(PlacementsApp.Name)]
public sealed class EmployerApplicantsAccessTests(SopDeskAppFactory app)
{
    private static string Path(VacancyRecord vacancy) => $"/layanan/lowongan/saya/{vacancy.Id}/pelamar";

    [Fact]
    public async Task The_owner_sees_its_applicants_without_nik_and_the_view_is_journaled_once()
    {
        var employer = await EmployerAsync(app.Services);
        var vacancy = await VacancyAsync(app.Services, employer);
        var (seeker, profile, _) = await ApplicantAsync(app.Services, vacancy);
        var bystander = await ProfileAsync(app.Services, name: "Orang Yang Tidak Melamar");

        var response = await Client(app, employer).GetAsync(Path(vacancy));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain(profile.Name);
        html.ShouldContain(profile.Phone!);
        html.ShouldContain(seeker.Email!);
        html.ShouldContain("Teknik Mesin");
        html.ShouldNotContain(profile.Nik);
        html.ShouldNotContain(bystander.Name);
        html.ShouldNotContain(bystander.Nik);
        await using var db = await DbAsync(app.Services);
        var lines = await db.Journal.Where(j => j.Action == JournalActions.ApplicantsViewed && j.ActorUserId == $"layanan:{employer.Id:N}").ToListAsync();
        lines.Count.ShouldBe(1);
        lines[0].Detail.ShouldContain($"#{vacancy.Id}");
        lines[0].CaseId.ShouldBeNull();
    }

    [Fact]
    public async Task Another_employer_gets_404_on_get_and_post_and_nothing_changes()
    {
        var owner = await EmployerAsync(app.Services);
        var vacancy = await VacancyAsync(app.Services, owner);
        var (_, victim, application) = await ApplicantAsync(app.Services, vacancy);
        var other = await EmployerAsync(app.Services);
        var ownVacancy = await VacancyAsync(app.Services, other);
        await ApplicantAsync(app.Services, ownVacancy);
        var client = Client(app, other);

        var get = await client.GetAsync(Path(vacancy));
        get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await get.Content.ReadAsStringAsync()).ShouldNotContain(victim.Name);

        var post = await PostAsync(client, Path(ownVacancy), Path(vacancy), "pelamar",
            new Dictionary<string, string> { ["keputusan"] = $"{application.Id:N}:tolak" });
        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await post.Content.ReadAsStringAsync()).ShouldNotContain(victim.Name);

        // The other's application id posted to the attacker's own vacancy is not found either.
        var crossed = await PostAsync(client, Path(ownVacancy), "pelamar", new Dictionary<string, string> { ["keputusan"] = $"{application.Id:N}:tolak" });
        crossed.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var db = await DbAsync(app.Services);
        (await db.JobApplications.SingleAsync(a => a.Id == application.Id)).Status.ShouldBe(JobApplicationStatus.Sent);
        (await db.Journal.CountAsync(j => j.ActorUserId == $"layanan:{other.Id:N}" && j.Detail.Contains($"#{vacancy.Id} "))).ShouldBe(0);
    }

    [Fact]
    public async Task Anonymous_visitors_and_job_seekers_are_refused()
    {
        var employer = await EmployerAsync(app.Services);
        var vacancy = await VacancyAsync(app.Services, employer);
        var (seeker, _, _) = await ApplicantAsync(app.Services, vacancy);
        var (_, profile, _) = await ApplicantAsync(app.Services, vacancy);

        foreach (var client in new[] { Client(app), Client(app, seeker) })
        {
            var response = await client.GetAsync(Path(vacancy));
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain(profile.Name);
        }
        // The placement menu: a job seeker is told it is for employers, and sees no one.
        var menu = WebUtility.HtmlDecode(await Client(app, seeker).GetStringAsync("/layanan/penempatan"));
        menu.ShouldContain("hanya untuk akun pemberi kerja");
        menu.ShouldNotContain(profile.Name);
        (await Client(app).GetAsync("/layanan/penempatan")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_owner_calls_and_drops_applicants_and_each_decision_is_journaled()
    {
        var employer = await EmployerAsync(app.Services);
        var vacancy = await VacancyAsync(app.Services, employer);
        var (_, _, first) = await ApplicantAsync(app.Services, vacancy);
        var (_, _, second) = await ApplicantAsync(app.Services, vacancy);
        var client = Client(app, employer);

        (await PostAsync(client, Path(vacancy), "pelamar", new Dictionary<string, string> { ["keputusan"] = $"{first.Id:N}:panggil" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(client, Path(vacancy), "pelamar", new Dictionary<string, string> { ["keputusan"] = $"{second.Id:N}:tolak" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = await DbAsync(app.Services);
        (await db.JobApplications.SingleAsync(a => a.Id == first.Id)).Status.ShouldBe(JobApplicationStatus.Shortlisted);
        (await db.JobApplications.SingleAsync(a => a.Id == second.Id)).Status.ShouldBe(JobApplicationStatus.NotContinued);
        (await db.Journal.CountAsync(j => j.Action == JournalActions.ApplicationDecided && j.ActorUserId == $"layanan:{employer.Id:N}")).ShouldBe(2);
    }
}
