using System.Net;
using SopDesk.Web.Features.Demo;
using static SopDesk.Tests.Web.LaborMarket.Placements.PlacementBed;

namespace SopDesk.Tests.Web.LaborMarket.Placements;

/// <summary>The office pages open for pengantar kerja and kasi only; other staff are sent to the refusal page.</summary>
[Collection(PlacementsApp.Name)]
public sealed class StaffPlacementPagesTests(SopDeskAppFactory app)
{
    [Theory]
    [InlineData("pengantar-kerja", true)]
    [InlineData("kasi", true)]
    [InlineData("petugas-penerima", false)]
    [InlineData("kabid", false)]
    public async Task Placement_and_applicant_pages_open_only_for_job_market_officers(string userName, bool allowed)
    {
        var vacancy = await VacancyAsync(app.Services, await EmployerAsync(app.Services));
        var client = SignInForm.NewClient(app);
        (await SignInForm.SignInAsync(client, userName, DemoStaff.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        foreach (var path in new[] { "/pasar-kerja/penempatan", $"/pasar-kerja/lowongan/{vacancy.Id}/pelamar" })
        {
            var response = await client.GetAsync(path);
            if (allowed) response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            else response.Headers.Location.ShouldNotBeNull(path).ToString().ShouldStartWith("http://localhost/ditolak", customMessage: path);
        }
    }
}
