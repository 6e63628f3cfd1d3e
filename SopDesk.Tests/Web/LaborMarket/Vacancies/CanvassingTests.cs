using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.LaborMarket.Vacancies;
using static SopDesk.Tests.Web.LaborMarket.Vacancies.VacancyBed;

namespace SopDesk.Tests.Web.LaborMarket.Vacancies;

/// <summary>Job canvassing at the desk: a Pengantar Kerja records a vacancy (canvassed, or on an employer's behalf); others are refused on the server.</summary>
public sealed class CanvassingTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private static int _serial = 1700;

    private VacancyInput Input(string company = "CV Kopi Dempo", string position = "Pemetik teh") => new()
    {
        CompanyName = company, Position = position, Description = "Memetik dan menyortir daun teh.", Openings = "10", Location = "Kota Pagar Alam",
        Sector = "A", Education = "Semua jenjang", Gender = "", SalaryMin = "2.900.000", ClosesOn = Today(app.Services).AddDays(20).ToString("yyyy-MM-dd"),
        ContactName = "Pak Darman", ContactPhone = "0813 7777 1234",
    };

    private async Task<(VacancySaved Saved, int Before)> RecordAsync(string userName, VacancyInput input, VacancySource source, Guid? employer = null)
    {
        int before;
        await using (var db = await DbAsync(app.Services)) before = await db.Vacancies.CountAsync();
        var officer = await OfficerAsync(app.Services, userName);
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<VacancyDesk>().RecordAsync(input, source, employer, officer), before);
    }

    [Fact]
    public async Task A_pengantar_kerja_records_a_canvassed_vacancy_and_its_berkas_starts_at_verification()
    {
        var (saved, _) = await RecordAsync("pengantar-kerja", Input(), VacancySource.Canvassed);
        saved.Ok.ShouldBeTrue(saved.Message);
        var v = await VacancyAsync(app.Services, saved.Id!.Value);
        var officerId = (await OfficerAsync(app.Services, "pengantar-kerja")).FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value;
        (v.Source, v.EmployerAccountId, v.CompanyName, v.RecordedByUserId, v.Status).ShouldBe((VacancySource.Canvassed, (Guid?)null, "CV Kopi Dempo", officerId, VacancyStatus.Submitted));
        await using var db = await DbAsync(app.Services);
        var berkas = await db.Cases.SingleAsync(c => c.Id == v.CaseId);
        (berkas.DefinitionId, berkas.CurrentStepId).ShouldBe(("lowongan", "verifikasi"));
        berkas.DataJson.ShouldContain("Kanvas petugas");
        (await db.Journal.CountAsync(j => j.CaseId == v.CaseId && j.Action == JournalActions.VacancyRecorded)).ShouldBe(1);
    }

    [Fact]
    public async Task A_petugas_penerima_is_refused_on_the_server_and_nothing_is_written()
    {
        var (saved, before) = await RecordAsync("petugas-penerima", Input(position: "Tidak boleh"), VacancySource.Canvassed);
        saved.Ok.ShouldBeFalse();
        saved.Message.ShouldBe(VacancyDesk.RecordRefusal);
        await using var db = await DbAsync(app.Services);
        (await db.Vacancies.CountAsync()).ShouldBe(before);
        (await db.Vacancies.AnyAsync(v => v.Position == "Tidak boleh")).ShouldBeFalse();
    }

    [Fact]
    public async Task The_same_rules_apply_at_the_desk()
    {
        var input = Input();
        (input.AgeMin, input.AgeMax) = ("18", "25");
        input.CompanyName = "";
        var (saved, _) = await RecordAsync("pengantar-kerja", input, VacancySource.Canvassed);
        saved.Errors[nameof(VacancyInput.AgeReason)].ShouldBe(VacancyRules.AgeReasonRequired);
        saved.Errors[nameof(VacancyInput.CompanyName)].ShouldBe(VacancyRules.CompanyRequired);
    }

    [Fact]
    public async Task On_behalf_of_a_verified_employer_the_company_comes_from_the_account()
    {
        var employer = await EmployerAsync(app.Services, Interlocked.Increment(ref _serial));
        var (saved, _) = await RecordAsync("pengantar-kerja", Input(company: "diabaikan"), VacancySource.OnBehalf, employer.Id);
        saved.Ok.ShouldBeTrue(saved.Message);
        var v = await VacancyAsync(app.Services, saved.Id!.Value);
        (v.Source, v.EmployerAccountId, v.CompanyName).ShouldBe((VacancySource.OnBehalf, (Guid?)employer.Id, employer.CompanyName!));

        var pending = await EmployerAsync(app.Services, Interlocked.Increment(ref _serial), verified: false);
        var (refused, _) = await RecordAsync("pengantar-kerja", Input(), VacancySource.OnBehalf, pending.Id);
        refused.Message.ShouldBe(VacancyDesk.EmployerRequired);
    }

    [Fact]
    public async Task A_canvassed_vacancy_is_published_through_the_same_steps_and_the_desk_closes_it()
    {
        var (saved, _) = await RecordAsync("pengantar-kerja", Input(position: "Barista"), VacancySource.Canvassed);
        var v = await VacancyAsync(app.Services, saved.Id!.Value);
        await ActAsync(app.Services, v.CaseId!.Value, "pengantar-kerja", "verifikasi", "sesuai");
        await ActAsync(app.Services, v.CaseId!.Value, "kasi", "setujui", "setuju");
        await ActAsync(app.Services, v.CaseId!.Value, "pengantar-kerja", "tayangkan", null);
        (await VacancyAsync(app.Services, v.Id)).Status.ShouldBe(VacancyStatus.Published);

        await using var scope = app.Services.CreateAsyncScope();
        var desk = scope.ServiceProvider.GetRequiredService<VacancyDesk>();
        (await desk.CloseAsync(v.Id, await OfficerAsync(app.Services, "petugas-penerima"))).ShouldBe(VacancyDesk.CloseRefusal);
        (await desk.CloseAsync(v.Id, await OfficerAsync(app.Services, "kasi"))).ShouldBeNull();
        (await VacancyAsync(app.Services, v.Id)).Status.ShouldBe(VacancyStatus.Closed);
        (await desk.ListAsync(VacancyStatus.Closed, VacancySource.Canvassed, "barista")).ShouldContain(r => r.Id == v.Id);
    }
}
