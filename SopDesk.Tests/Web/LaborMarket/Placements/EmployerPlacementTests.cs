using System.Net;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.LaborMarket.Placements;
using static SopDesk.Tests.Web.LaborMarket.Placements.PlacementBed;
using static SopDesk.Tests.Web.Layanan.Applications.ApplicantBed;

namespace SopDesk.Tests.Web.LaborMarket.Placements;

/// <summary>The employer's placement menu (Perwali 29/2015 Pasal 8): a report places the person, once; wrong AK1 data is named on its field.</summary>
[Collection(PlacementsApp.Name)]
public sealed class EmployerPlacementTests(SopDeskAppFactory app)
{
    private const string Menu = "/layanan/penempatan";
    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_report_for_an_applicant_creates_the_placement_hires_the_application_and_closes_the_search()
    {
        var employer = await EmployerAsync(app.Services);
        var vacancy = await VacancyAsync(app.Services, employer, openings: 1);
        var (_, profile, application) = await ApplicantAsync(app.Services, vacancy);
        var client = Client(app, employer);

        var prefilled = WebUtility.HtmlDecode(await client.GetStringAsync($"{Menu}?lamaran={application.Id:N}"));
        prefilled.ShouldContain($"value=\"{vacancy.Position}\"");

        var response = await PostAsync(client, Menu, "lapor", new Dictionary<string, string>
        {
            [PlacementForm.ApplicationField] = application.Id.ToString("N"), [PlacementForm.StartField] = Today,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = await DbAsync(app.Services);
        var placement = await db.Placements.SingleAsync(p => p.VacancyId == vacancy.Id);
        (placement.ProfileId, placement.ApplicationId, placement.Source, placement.EmployerAccountId).ShouldBe((profile.Id, application.Id, PlacementSource.Employer, employer.Id));
        (placement.Sector, placement.Location, placement.CompanyName, placement.Education).ShouldBe((vacancy.Sector, vacancy.Location, vacancy.CompanyName, profile.Education));
        (await db.JobApplications.SingleAsync(a => a.Id == application.Id)).Status.ShouldBe(JobApplicationStatus.Hired);
        var placed = await db.JobSeekerProfiles.SingleAsync(p => p.Id == profile.Id);
        placed.Status.ShouldBe(SeekerStatus.Placed);
        placed.PlacedAt.ShouldNotBeNull();
        (await db.Journal.CountAsync(j => j.Action == JournalActions.PlacementReported && j.ActorUserId == $"layanan:{employer.Id:N}")).ShouldBe(1);

        // One opening, one placement: the menu offers to close the vacancy; closing it is journaled.
        var after = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        after.ShouldContain("data-testid=\"offer-close\"");
        after.ShouldContain(profile.Name);
        (await PostAsync(client, Menu, $"tutup-{vacancy.Id}", new Dictionary<string, string> { ["tutupLowongan"] = vacancy.Id.ToString() }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var check = await DbAsync(app.Services);
        (await check.Vacancies.SingleAsync(v => v.Id == vacancy.Id)).Status.ShouldBe(VacancyStatus.Closed);
        (await check.Journal.CountAsync(j => j.Action == JournalActions.VacancyClosed && j.Detail.Contains($"#{vacancy.Id} "))).ShouldBe(1);
    }

    [Fact]
    public async Task A_double_submit_gives_one_placement()
    {
        var employer = await EmployerAsync(app.Services);
        var vacancy = await VacancyAsync(app.Services, employer);
        var (_, _, application) = await ApplicantAsync(app.Services, vacancy);
        var client = Client(app, employer);
        var fields = new Dictionary<string, string> { [PlacementForm.ApplicationField] = application.Id.ToString("N"), [PlacementForm.StartField] = Today };

        var first = await PostAsync(client, Menu, "lapor", fields);
        var second = await PostAsync(client, Menu, "lapor", fields);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()).ShouldContain(PlacementRecorder.AlreadyReported);
        await using var db = await DbAsync(app.Services);
        (await db.Placements.CountAsync(p => p.VacancyId == vacancy.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task An_ak1_number_that_does_not_exist_is_named_on_its_field_and_the_typed_values_stay()
    {
        var employer = await EmployerAsync(app.Services);
        var vacancy = await VacancyAsync(app.Services, employer);
        var client = Client(app, employer);

        var response = await PostAsync(client, Menu, "lapor", new Dictionary<string, string>
        {
            [PlacementForm.VacancyField] = vacancy.Id.ToString(), [PlacementForm.Ak1Field] = "9999/AK1/1999", [PlacementForm.NameField] = "Budi Santoso",
            [PlacementForm.StartField] = Today,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain($"<p class=\"ly-error\" id=\"ak1-error\" role=\"alert\">{PlacementRecorder.Ak1NotFound}</p>");
        html.ShouldContain("value=\"Budi Santoso\"");
        html.ShouldContain("value=\"9999/AK1/1999\"");
        await using var db = await DbAsync(app.Services);
        (await db.Placements.CountAsync(p => p.VacancyId == vacancy.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_holder_who_came_through_the_office_is_placed_by_ak1_number_when_the_name_matches_loosely()
    {
        var employer = await EmployerAsync(app.Services);
        var vacancy = await VacancyAsync(app.Services, employer);
        var profile = await ProfileAsync(app.Services, name: "Siti Rahmawati");
        var client = Client(app, employer);
        var fields = new Dictionary<string, string>
        {
            [PlacementForm.VacancyField] = vacancy.Id.ToString(), [PlacementForm.Ak1Field] = profile.Ak1Number, [PlacementForm.NameField] = "Budi",
            [PlacementForm.StartField] = Today,
        };

        var wrongName = WebUtility.HtmlDecode(await (await PostAsync(client, Menu, "lapor", fields)).Content.ReadAsStringAsync());
        wrongName.ShouldContain(PlacementRecorder.NameMismatch);
        fields[PlacementForm.NameField] = "  SITI rahmawati ";
        (await PostAsync(client, Menu, "lapor", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = await DbAsync(app.Services);
        var placement = await db.Placements.SingleAsync(p => p.VacancyId == vacancy.Id);
        (placement.ProfileId, placement.ApplicationId, placement.Name).ShouldBe((profile.Id, (Guid?)null, "Siti Rahmawati"));
    }

    [Fact]
    public async Task Another_employers_applicant_cannot_be_reported_and_a_start_date_too_far_ahead_is_refused()
    {
        var owner = await EmployerAsync(app.Services);
        var vacancy = await VacancyAsync(app.Services, owner);
        var (_, profile, application) = await ApplicantAsync(app.Services, vacancy);
        var other = await EmployerAsync(app.Services);
        await VacancyAsync(app.Services, other);

        var foreign = await PostAsync(Client(app, other), Menu, "lapor", new Dictionary<string, string>
        {
            [PlacementForm.ApplicationField] = application.Id.ToString("N"), [PlacementForm.StartField] = Today,
        });
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await foreign.Content.ReadAsStringAsync()).ShouldNotContain(profile.Name);

        var late = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(45)).ToString("yyyy-MM-dd");
        var tooFar = await PostAsync(Client(app, owner), Menu, "lapor", new Dictionary<string, string>
        {
            [PlacementForm.ApplicationField] = application.Id.ToString("N"), [PlacementForm.StartField] = late,
        });
        WebUtility.HtmlDecode(await tooFar.Content.ReadAsStringAsync()).ShouldContain("id=\"mulai-error\"");

        await using var db = await DbAsync(app.Services);
        (await db.Placements.CountAsync(p => p.VacancyId == vacancy.Id)).ShouldBe(0);
        (await db.JobSeekerProfiles.SingleAsync(p => p.Id == profile.Id)).Status.ShouldBe(SeekerStatus.Active);
    }

    [Fact]
    public async Task A_placed_person_shows_as_already_working_to_the_other_employers_they_applied_to()
    {
        var first = await EmployerAsync(app.Services);
        var hiring = await VacancyAsync(app.Services, first);
        var (seeker, profile, hired) = await ApplicantAsync(app.Services, hiring);
        var second = await EmployerAsync(app.Services);
        var elsewhere = await VacancyAsync(app.Services, second);
        var open = await ApplicationAsync(app.Services, elsewhere, profile, seeker);
        (await PostAsync(Client(app, first), Menu, "lapor", new Dictionary<string, string>
        {
            [PlacementForm.ApplicationField] = hired.Id.ToString("N"), [PlacementForm.StartField] = Today,
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var client = Client(app, second);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/layanan/lowongan/saya/{elsewhere.Id}/pelamar"));
        page.ShouldContain("sudah bekerja");
        page.ShouldNotContain($"{open.Id:N}:tolak");
        var refused = WebUtility.HtmlDecode(await (await PostAsync(client, Menu, "lapor", new Dictionary<string, string>
        {
            [PlacementForm.ApplicationField] = open.Id.ToString("N"), [PlacementForm.StartField] = Today,
        })).Content.ReadAsStringAsync());
        refused.ShouldContain("sudah tercatat bekerja");

        await using var db = await DbAsync(app.Services);
        (await db.Placements.CountAsync(p => p.ProfileId == profile.Id)).ShouldBe(1);
        (await db.JobApplications.SingleAsync(a => a.Id == open.Id)).Status.ShouldBe(JobApplicationStatus.Sent);
    }
}
