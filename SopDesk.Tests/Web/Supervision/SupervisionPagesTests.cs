using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using SopDesk.Data.Entities;
using SopDesk.Tests.Data;
using SopDesk.Web.Features.Reports;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Features.Workload;
using static SopDesk.Tests.Web.Supervision.SupervisionSetup;

namespace SopDesk.Tests.Web.Supervision;

/// <summary>The two supervisors' pages rendered over hand-built rows: the figures on screen are the rows' figures.</summary>
public sealed class SupervisionPagesTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();
    private TempDatabase _database = default!;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        _context.Services.AddMudServices();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task PrepareAsync(HandBuiltCases set, DateTimeOffset now)
    {
        await set.SaveAsync(_database);
        AddServices(_context.Services, _database, new FakeTimeProvider(now));
        await SupervisionSetup.PrepareAsync(_context.Services);
    }

    private static string Number(int n) => n.ToString("N0", OfficeTime.Indonesian);

    [Fact]
    public async Task The_workload_page_shows_open_items_per_lane_and_holder_their_ages_and_the_oldest_with_links()
    {
        var set = HandBuiltCases.OpenOnMonday23();
        var now = At(11, 23, 10, 0);
        // A supervisor's page: names show as their need to know allows (the Kabid works in these SOPs' lanes).
        var auth = _context.AddAuthorization().SetAuthorized("Pegawai kabid").SetRoles("kabid");
        await PrepareAsync(set, now);
        // The page asks for a live session, as every signed-in page does.
        var kabid = await TestPrincipals.SignedInAsync(_context.Services, "user-kabid", "Pegawai kabid", "kabid");
        auth.SetClaims([.. kabid.Claims.Where(c => c.Type is System.Security.Claims.ClaimTypes.NameIdentifier or SopDesk.Web.Security.CurrentStaff.SessionIdClaim)]);
        var open = set.Items.Where(i => i.Status == WorkItemStatus.Open).ToList();

        var page = _context.Render<WorkloadPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=oldest]"));

        page.Find("[data-figure=open] [data-value]").TextContent.ShouldBe(Number(open.Count));
        page.Find("[data-figure=overdue] [data-value]").TextContent.ShouldBe(Number(open.Count(i => i.DueAt < now)));
        page.Find("[data-figure=waiting] [data-value]").TextContent.ShouldBe(Number(open.Count(i => i.DueAt is null)));
        var kasi = page.Find("[data-testid=lanes] td[data-lane=kasi]").ParentElement!;
        kasi.QuerySelector("[data-count=open]")!.TextContent.ShouldBe(Number(open.Count(i => i.LaneId == "kasi")));
        page.Find("[data-testid=officers] td[data-officer=user-kabid]").TextContent.ShouldBe("Pegawai kabid");
        page.Find("[data-testid=officers] td[data-officer='']").TextContent.ShouldBe("Belum diambil");

        var ages = open.Where(i => i.DueAt is not null).Select(i => PlainOfficeClock.WholeWorkingDays(i.ArrivedAt, now)).ToList();
        page.Find("[data-testid=ageing] tr[data-bucket='3'] [data-count]").TextContent.ShouldBe(Number(ages.Count(a => a is >= 3 and <= 5)));

        var oldest = open.Where(i => i.DueAt is not null).MinBy(i => i.ArrivedAt)!;
        var first = page.FindAll("[data-testid=oldest] tbody tr")[0];
        first.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/berkas/{oldest.CaseId}");
        first.QuerySelector("[data-holder]")!.TextContent.ShouldBe(oldest.HolderName ?? "Belum diambil");
        page.FindAll("[data-testid=throughput] .mud-chart").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_monthly_report_page_shows_each_SOP_and_the_totals_and_links_the_Excel_file()
    {
        var set = HandBuiltCases.November();
        await PrepareAsync(set, At(12, 3, 9, 0));
        var (start, end) = (At(11, 1, 0), At(12, 1, 0));

        _context.Services.GetRequiredService<NavigationManager>().NavigateTo("/laporan/bulanan?bulan=2026-11");
        var page = _context.Render<MonthlyReportPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=report]"));

        page.Find("[data-testid=report-title]").TextContent.ShouldBe("Laporan Bulanan Pelayanan — November 2026");
        var ak1 = page.Find("td[data-sop=ak1]").ParentElement!;
        ak1.QuerySelector("[data-figure=received]")!.TextContent.ShouldBe(Number(set.Cases.Count(c => c.DefinitionId == "ak1" && c.StartedAt >= start && c.StartedAt < end)));
        ak1.QuerySelector("[data-figure=on-time]")!.TextContent.ShouldBe(0.6.ToString("P0", OfficeTime.Indonesian));
        ak1.QuerySelectorAll("[data-figure=breach-steps] [data-step]").Select(s => s.GetAttribute("data-step"))
            .ShouldBe(["periksa", "input-data", "paraf-kasi", "tandatangan"], "in step order");
        var total = page.Find("td[data-sop=total]").ParentElement!;
        total.QuerySelector("[data-figure=received]")!.TextContent.ShouldBe(Number(set.Cases.Count(c => c.StartedAt >= start && c.StartedAt < end)));
        total.QuerySelector("[data-figure=finished]")!.TextContent.ShouldBe(Number(set.Cases.Count(c => c.ClosedAt >= start && c.ClosedAt < end)));
        page.Find("[data-testid=download]").GetAttribute("href").ShouldBe("/laporan/bulanan/2026/11.xlsx");
        page.Find("[data-testid=help]").TextContent.ShouldContain("peringkat terdekat");
    }
}
