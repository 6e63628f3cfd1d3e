using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Features.LaborMarket.Figures;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.LaborMarket.Figures;

/// <summary>
/// The demo job market on the real app's demo seeding: companies, vacancies in every state with berkas that agree, realistic AK1 values,
/// Siti Rahma's signed AK1; then (with profiles written here as the AK1 projection would) applications and placements that the figures count.
/// </summary>
public sealed class DemoLaborMarketTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    [Fact]
    public async Task Demo_vacancies_are_in_each_state_and_each_agrees_with_its_lowongan_berkas()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDeskDbContext>();
        var vacancies = await db.Vacancies.AsNoTracking().ToListAsync();
        var cases = await db.Cases.AsNoTracking().Where(c => c.DefinitionId == "lowongan").ToDictionaryAsync(c => c.Id);
        var registers = await db.RegisterEntries.AsNoTracking().Where(e => e.RegisterId == "register-lowongan").ToDictionaryAsync(e => e.CaseId, e => e.Number);

        vacancies.Count.ShouldBeInRange(25, 40);
        vacancies.Select(v => v.CompanyName).Distinct().Count().ShouldBeInRange(6, 8);
        vacancies.Count(v => v.Source == VacancySource.Canvassed).ShouldBeGreaterThanOrEqualTo(3);
        vacancies.Count(v => v.Source == VacancySource.OnBehalf).ShouldBeGreaterThanOrEqualTo(1);
        vacancies.Count(v => v.Status == VacancyStatus.Submitted).ShouldBeInRange(2, 3);
        vacancies.Count(v => v.Status == VacancyStatus.Returned).ShouldBe(1);
        vacancies.Count(v => v.Status == VacancyStatus.Rejected).ShouldBe(1);
        vacancies.Count(v => v.Status == VacancyStatus.Published).ShouldBeGreaterThan(20);
        vacancies.ShouldAllBe(v => Sectors.IsKnown(v.Sector));
        vacancies.Min(v => v.CreatedAt).ShouldBeLessThan(DateTimeOffset.Now.AddDays(-150), "spread over the last six months");
        foreach (var v in vacancies)
        {
            var berkas = cases[v.CaseId!.Value];
            var where = $"{v.Position} ({v.Status})";
            switch (v.Status)
            {
                case VacancyStatus.Published:
                    (berkas.Status, berkas.EndId).ShouldBe((CaseStatus.Closed, "terbit"), where);
                    v.RegisterNumber.ShouldBe(registers[berkas.Id], where);
                    v.RegisterNumber!.ShouldMatch(@"^\d{4}/LOKER/DISPMPTSPTK/\d{4}$");
                    v.PublishedAt.ShouldBe(berkas.ClosedAt, where);
                    break;
                case VacancyStatus.Submitted:
                    (berkas.Status, berkas.CurrentStepId, berkas.CurrentLaneId).ShouldBe((CaseStatus.Active, "verifikasi", "pengantar-kerja"), where);
                    break;
                case VacancyStatus.Returned:
                    (berkas.Status, berkas.CurrentStepId).ShouldBe((CaseStatus.WaitingOnApplicant, "lapor"), where);
                    (await db.WorkItems.SingleAsync(w => w.CaseId == berkas.Id && w.StepId == "verifikasi")).Note.ShouldBe(DemoLaborMarketCatalog.ReturnNote);
                    break;
                case VacancyStatus.Rejected:
                    (berkas.Status, berkas.EndId).ShouldBe((CaseStatus.Closed, "ditolak"), where);
                    break;
                default:
                    throw new ShouldAssertException($"unexpected {where}");
            }
            if (v.Status != VacancyStatus.Published) (v.RegisterNumber, v.PublishedAt).ShouldBe((null, null), where);
        }
    }

    [Fact]
    public async Task Demo_AK1_berkas_carry_realistic_majors_skills_and_wishes_and_siti_rahma_holds_a_signed_AK1()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDeskDbContext>();
        var data = (await db.Cases.AsNoTracking().Where(c => c.DefinitionId == "ak1").Select(c => c.DataJson).ToListAsync())
            .Select(j => JsonSerializer.Deserialize<Dictionary<string, string>>(j)!).ToList();

        var skills = data.Where(d => d.ContainsKey("keterampilan")).Select(d => d["keterampilan"]).ToList();
        skills.ShouldNotBeEmpty();
        skills.ShouldAllBe(s => !s.StartsWith("Keterampilan"));
        data.Where(d => d.ContainsKey("jurusan")).Select(d => d["jurusan"]).ShouldAllBe(m => m == "" || DemoJobSeekers.Trades.Any(t => t.Major == m));
        data.Where(d => d.GetValueOrDefault("pendidikan") is "SD" or "SMP" && d.ContainsKey("jurusan")).ShouldAllBe(d => d["jurusan"] == "");
        data.Select(d => d.GetValueOrDefault("jabatanDiinginkan")).ShouldAllBe(p => p == null || !p.StartsWith("Jabatan"));

        var siti = DemoPublicAccounts.Members[0];
        var card = await db.RegisterEntries.AsNoTracking().SingleAsync(e => e.RegisterId == "register-ak1" && e.Nik == siti.Nik);
        card.SignedAt.ShouldNotBeNull();
        card.ValidUntil.ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.Now);
    }

    [Fact]
    public async Task With_profiles_from_the_signed_AK1_the_second_step_seeds_applications_and_placements_the_figures_count()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<SopDeskDbContext>();
        var time = services.GetRequiredService<OfficeTime>();
        await WriteProfilesAsync(db, time.Now);

        var placed = await DemoLaborMarketPlacements.SeedAsync(db, time.Now, await DemoCases.StaffByRoleAsync(db));

        placed.ShouldBeGreaterThan(10);
        var placements = await db.Placements.AsNoTracking().ToListAsync();
        placements.Select(p => p.ReportedAt.Month).Distinct().Count().ShouldBeGreaterThanOrEqualTo(3, "placements over the months");
        placements.ShouldContain(p => p.Source == PlacementSource.Office);
        placements.ShouldContain(p => p.Source == PlacementSource.Employer);
        var vacancies = await db.Vacancies.AsNoTracking().ToDictionaryAsync(v => v.Id);
        placements.GroupBy(p => p.VacancyId!.Value).ShouldAllBe(g => g.Count() <= vacancies[g.Key].Openings);
        placements.ShouldAllBe(p => vacancies[p.VacancyId!.Value].Status == VacancyStatus.Published && p.ReportedAt > vacancies[p.VacancyId!.Value].PublishedAt);
        var applications = await db.JobApplications.AsNoTracking().ToListAsync();
        applications.Count.ShouldBeGreaterThan(placements.Count);
        applications.ShouldAllBe(a => vacancies[a.VacancyId].Status == VacancyStatus.Published);
        var siti = await db.JobSeekerProfiles.AsNoTracking().SingleAsync(p => p.Nik == DemoPublicAccounts.Members[0].Nik);
        siti.Status.ShouldBe(SeekerStatus.Active, "Siti Rahma is still looking: the demo journey shows her matching vacancies");
        applications.Count(a => a.ProfileId == siti.Id).ShouldBe(1);

        var figures = await services.GetRequiredService<LaborMarketFigures>().ForYearAsync(time.Now.Year);
        figures.Summary.Placements.ShouldBe(placements.Count(p => p.ReportedAt.Year == time.Now.Year));
        figures.Summary.Filled.ShouldBeGreaterThan(0);
        figures.Summary.MedianDaysToFill.ShouldNotBeNull().ShouldBeGreaterThan(0);
        (await DemoLaborMarketPlacements.SeedAsync(db, time.Now, await DemoCases.StaffByRoleAsync(db))).ShouldBe(0, "seeded once");
    }

    /// <summary>What the AK1 projection (helper C's, not on this branch) makes of each signed AK1 berkas.</summary>
    private static async Task WriteProfilesAsync(SopDeskDbContext db, DateTimeOffset now)
    {
        if (await db.JobSeekerProfiles.AnyAsync()) return;
        var signed = await db.RegisterEntries.AsNoTracking().Where(e => e.RegisterId == "register-ak1" && e.SignedAt != null && e.Nik != null).ToListAsync();
        foreach (var entry in signed)
        {
            var data = JsonSerializer.Deserialize<Dictionary<string, string>>((await db.Cases.AsNoTracking().SingleAsync(c => c.Id == entry.CaseId)).DataJson)!;
            db.JobSeekerProfiles.Add(new JobSeekerProfileRecord
            {
                CaseId = entry.CaseId, Ak1Number = entry.Number, Nik = entry.Nik!, Name = entry.ApplicantName,
                Education = (int)EducationLevels.Parse(data.GetValueOrDefault("pendidikan")), Major = data.GetValueOrDefault("jurusan") ?? "",
                Skills = data.GetValueOrDefault("keterampilan") ?? "", WishedPositions = data.GetValueOrDefault("jabatanDiinginkan") ?? "",
                SignedAt = entry.SignedAt!.Value, ValidUntil = entry.ValidUntil, Status = SeekerStatus.Active, UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync();
    }
}
