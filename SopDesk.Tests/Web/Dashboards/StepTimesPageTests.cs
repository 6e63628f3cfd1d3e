using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Dashboards;

namespace SopDesk.Tests.Web.Dashboards;

/// <summary>The time-per-step dashboard colours a step that misses its target and drills down to exactly its late berkas.</summary>
public sealed class StepTimesPageTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();
    private TempDatabase _database = default!;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        var auth = _context.AddAuthorization();
        _context.Services.AddMudServices();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddOfficeCore(_database, TimeProvider.System);
        _context.Services.AddScoped<StepTimesDashboard>();
        var kabid = await TestPrincipals.SignedInAsync(_context.Services, "user-kabid", "demo-kabid", "kabid");
        auth.SetAuthorized("demo-kabid");
        auth.SetRoles("kabid");
        auth.SetClaims([.. kabid.Claims.Where(c => c.Type is ClaimTypes.NameIdentifier or SopDesk.Web.Security.CurrentStaff.SessionIdClaim)]);
        await _context.Services.LoadDefinitionsAndOfficeAsync(DateTimeOffset.UtcNow);

        // Last week: "periksa" done late 3 times out of 4 (25% on time), "input-data" always on time.
        var lastWeek = DateTimeOffset.UtcNow.AddDays(-7);
        await StepTimesQueryTests.SeedAsync(_database, "ak1", "periksa", [30, 40, 50, 3], 3, lastWeek);
        await StepTimesQueryTests.SeedAsync(_database, "ak1", "input-data", [5, 6], 0, lastWeek);
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_late_step_is_red_an_on_time_step_green_and_the_drill_down_lists_its_late_berkas()
    {
        var navigation = _context.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("sop", "ak1"));
        var page = _context.Render<StepTimesPage>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=step-figures]").Count.ShouldBe(2));

        page.Find("tr[data-step=periksa] [data-testid=step-figures]").GetAttribute("data-heat").ShouldBe("late");
        page.Find("tr[data-step=input-data] [data-testid=step-figures]").GetAttribute("data-heat").ShouldBe("good");
        page.Find("tr[data-step=paraf-kasi] [data-heat]").GetAttribute("data-heat").ShouldBe("nodata");

        page.Find("tr[data-step=periksa]").Click();
        page.WaitForAssertion(() => page.Find("[data-testid=drilldown]"));
        await using var db = _database.NewContext();
        var lateNumbers = await db.WorkItems.Where(w => w.StepId == "periksa").ToListAsync().ContinueWith(t =>
            t.Result.Where(w => w.DoneAt > w.DueAt).Select(w => w.CaseId).ToList());
        var expected = await db.Cases.Where(c => lateNumbers.Contains(c.Id)).Select(c => c.Number).ToListAsync();
        expected.Count.ShouldBe(3);
        page.WaitForAssertion(() => page.FindAll("[data-testid=late-berkas] tbody tr a").Select(a => a.TextContent).ShouldBe(expected, ignoreOrder: true));
    }
}
