using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.LaborMarket.Placements;
using static SopDesk.Tests.Web.LaborMarket.Placements.PlacementBed;

namespace SopDesk.Tests.Web.LaborMarket.Placements;

/// <summary>The office records placements (by AK1 number or NIK, with or without a posted vacancy) and undoes a wrong one with a reason.</summary>
[Collection(PlacementsApp.Name)]
public sealed class OfficePlacementTests(SopDeskAppFactory app)
{
    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd");

    private async Task<System.Security.Claims.ClaimsPrincipal> OfficerAsync() =>
        await TestPrincipals.SignedInAsync(app.Services, $"pk-{Next()}", "Petugas Pengantar Kerja", "pengantar-kerja");

    private static PlacementForm Outside(string ak1) => new()
    {
        Ak1Number = ak1, CompanyName = "CV Karya Mandiri", Sector = "F", Location = "Kota Palembang", Position = "Tukang Las", StartedOn = Today,
    };

    [Fact]
    public async Task An_officer_records_a_placement_outside_a_posted_vacancy_by_ak1_number()
    {
        var profile = await ProfileAsync(app.Services);
        await using var scope = app.Services.CreateAsyncScope();
        var recorder = scope.ServiceProvider.GetRequiredService<PlacementRecorder>();

        var outcome = await recorder.RecordAsync(await OfficerAsync(), Outside(profile.Ak1Number));

        outcome.Ok.ShouldBeTrue(outcome.Message + string.Join("; ", outcome.Errors.Values));
        await using var db = await DbAsync(app.Services);
        var placement = await db.Placements.SingleAsync(p => p.Id == outcome.PlacementId);
        (placement.VacancyId, placement.ProfileId, placement.Source, placement.CompanyName, placement.Sector).ShouldBe(
            ((long?)null, profile.Id, PlacementSource.Office, "CV Karya Mandiri", "F"));
        (await db.JobSeekerProfiles.SingleAsync(p => p.Id == profile.Id)).Status.ShouldBe(SeekerStatus.Placed);

        // The same person again (a double click, or a second officer): refused, still one placement.
        var again = await recorder.RecordAsync(await OfficerAsync(), Outside(profile.Ak1Number));
        again.Ok.ShouldBeFalse();
        (await db.Placements.CountAsync(p => p.ProfileId == profile.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Staff_without_a_job_market_role_cannot_record_and_an_unknown_number_is_named_on_its_field()
    {
        var profile = await ProfileAsync(app.Services);
        var clerk = await TestPrincipals.SignedInAsync(app.Services, $"loket-{Next()}", "Petugas Loket", "petugas-penerima");
        await using var scope = app.Services.CreateAsyncScope();
        var recorder = scope.ServiceProvider.GetRequiredService<PlacementRecorder>();

        (await recorder.RecordAsync(clerk, Outside(profile.Ak1Number))).Message.ShouldBe(PlacementRecorder.NotOfficer);
        (await recorder.RecordAsync(await OfficerAsync(), Outside("0000/AK1/1900"))).Errors[PlacementForm.Ak1Field].ShouldBe(PlacementRecorder.Ak1NotFound);

        await using var db = await DbAsync(app.Services);
        (await db.Placements.CountAsync(p => p.ProfileId == profile.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task An_officer_records_by_nik_for_a_vacancy_and_the_application_is_hired()
    {
        var employer = await EmployerAsync(app.Services);
        var vacancy = await VacancyAsync(app.Services, employer);
        var (_, profile, application) = await ApplicantAsync(app.Services, vacancy);
        await using var scope = app.Services.CreateAsyncScope();

        var outcome = await scope.ServiceProvider.GetRequiredService<PlacementRecorder>().RecordAsync(await OfficerAsync(),
            new PlacementForm { Ak1Number = profile.Nik, VacancyId = vacancy.Id.ToString(), StartedOn = Today });

        outcome.Ok.ShouldBeTrue(outcome.Message + string.Join("; ", outcome.Errors.Values));
        await using var db = await DbAsync(app.Services);
        var placement = await db.Placements.SingleAsync(p => p.Id == outcome.PlacementId);
        (placement.ApplicationId, placement.EmployerAccountId, placement.Position).ShouldBe((application.Id, employer.Id, vacancy.Position));
        (await db.JobApplications.SingleAsync(a => a.Id == application.Id)).Status.ShouldBe(JobApplicationStatus.Hired);
    }

    [Fact]
    public async Task Undo_needs_a_reason_then_removes_the_placement_and_returns_the_profile_to_active()
    {
        var employer = await EmployerAsync(app.Services);
        var vacancy = await VacancyAsync(app.Services, employer);
        var (_, profile, application) = await ApplicantAsync(app.Services, vacancy);
        var officer = await OfficerAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<PlacementRecorder>().RecordAsync(officer,
            new PlacementForm { Ak1Number = profile.Ak1Number, VacancyId = vacancy.Id.ToString(), StartedOn = Today });
        var undo = scope.ServiceProvider.GetRequiredService<PlacementUndo>();

        (await undo.CancelAsync(officer, outcome.PlacementId!.Value, "  ")).ShouldNotBeNull();
        await using (var db = await DbAsync(app.Services))
            (await db.Placements.CountAsync(p => p.Id == outcome.PlacementId)).ShouldBe(1);

        (await undo.CancelAsync(officer, outcome.PlacementId!.Value, "Salah orang: yang diterima adiknya.")).ShouldBeNull();

        await using var check = await DbAsync(app.Services);
        (await check.Placements.CountAsync(p => p.Id == outcome.PlacementId)).ShouldBe(0);
        var active = await check.JobSeekerProfiles.SingleAsync(p => p.Id == profile.Id);
        (active.Status, active.PlacedAt).ShouldBe((SeekerStatus.Active, (DateTimeOffset?)null));
        (await check.JobApplications.SingleAsync(a => a.Id == application.Id)).Status.ShouldBe(JobApplicationStatus.Shortlisted);
        (await check.Journal.SingleAsync(j => j.Action == JournalActions.PlacementCancelled && j.Detail.Contains(profile.Name)))
            .Detail.ShouldContain("Salah orang: yang diterima adiknya.");
    }
}
