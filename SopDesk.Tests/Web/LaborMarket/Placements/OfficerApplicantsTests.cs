using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.LaborMarket.Placements;
using static SopDesk.Tests.Web.LaborMarket.Placements.PlacementBed;

namespace SopDesk.Tests.Web.LaborMarket.Placements;

/// <summary>Officers see any vacancy's applicants (need to know): one journal line per view; other staff see nothing.</summary>
[Collection(PlacementsApp.Name)]
public sealed class OfficerApplicantsTests(SopDeskAppFactory app)
{
    [Fact]
    public async Task An_officers_view_writes_one_journal_line_and_other_staff_are_refused()
    {
        var employer = await EmployerAsync(app.Services);
        var vacancy = await VacancyAsync(app.Services, employer);
        var (_, profile, _) = await ApplicantAsync(app.Services, vacancy);
        var officer = await TestPrincipals.SignedInAsync(app.Services, $"pk-{Next()}", "Petugas Pengantar Kerja", "pengantar-kerja");
        var clerk = await TestPrincipals.SignedInAsync(app.Services, $"loket-{Next()}", "Petugas Loket", "petugas-penerima");

        await using var scope = app.Services.CreateAsyncScope();
        var applicants = scope.ServiceProvider.GetRequiredService<VacancyApplicants>();
        var sheet = await applicants.ForOfficerAsync(officer, vacancy.Id);
        var refused = await applicants.ForOfficerAsync(clerk, vacancy.Id);

        sheet.ShouldNotBeNull().Rows.Select(r => r.Name).ShouldBe([profile.Name]);
        refused.ShouldBeNull();
        await using var db = await DbAsync(app.Services);
        var lines = await db.Journal.Where(j => j.Action == JournalActions.CandidatesViewed && j.Detail.Contains($"#{vacancy.Id} ")).ToListAsync();
        lines.Count.ShouldBe(1);
        lines[0].ActingAs.ShouldBe("pengantar-kerja");
    }
}
