using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SopDesk.Data;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;

namespace SopDesk.Tests.Web;

/// <summary>The berkas page on a real database: the action form appears only for the lane of the open step.</summary>
public sealed class CasePageTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();
    private TempDatabase _database = default!;
    private BunitAuthorizationContext _auth = default!;
    private Guid _caseId;

    private BunitServiceProvider Services => _context.Services;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        _auth = _context.AddAuthorization();
        Services.AddMudServices();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddOfficeCore(_database, TimeProvider.System);
        Services.AddScoped<CaseService>();
        await Services.LoadDefinitionsAndOfficeAsync(DateTimeOffset.UtcNow);

        // A fresh AK1 berkas: submitted, now at step 2 (Petugas Penerima checks completeness).
        var driver = new CaseDriver("ak1") { Now = DateTimeOffset.UtcNow };
        var started = driver.Start();
        await using var db = _database.NewContext();
        await new CaseStore(db).ApplyAsync(started, driver.Definition, TimeZoneInfo.Utc);
        _caseId = started.State.CaseId;
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _database.DisposeAsync();
    }

    private IRenderedComponent<CasePage> RenderAs(string role)
    {
        _auth.SetAuthorized($"demo-{role}");
        _auth.SetRoles(role);
        _auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, $"user-{role}"));
        var page = _context.Render<CasePage>(p => p.Add(c => c.Id, _caseId));
        page.WaitForAssertion(() => page.Find("[data-testid=case-number]"));
        return page;
    }

    [Fact]
    public void The_officer_of_the_open_steps_lane_sees_the_action_form()
    {
        var page = RenderAs("petugas-penerima");
        var form = page.Find("[data-testid=action-form]");
        form.QuerySelectorAll("[data-outcome]").Select(b => b.GetAttribute("data-outcome")).ShouldBe(["lengkap", "tidak-lengkap"]);
    }

    [Theory]
    [InlineData("kasi")]
    [InlineData("kabid")]
    [InlineData("pengadministrasi")]
    [InlineData("admin")]
    public void Officers_of_other_lanes_do_not_see_the_action_form(string role)
    {
        var page = RenderAs(role);
        page.FindAll("[data-testid=action-form]").ShouldBeEmpty();
        page.Find("[data-testid=case-timeline]").ShouldNotBeNull();
    }

    [Fact]
    public void Personal_data_is_masked_for_staff_outside_the_SOPs_lanes()
    {
        RenderAs("admin").Find("[data-field-value=nik]").TextContent.ShouldBe("1672********0003");
    }

    [Fact]
    public void Personal_data_is_shown_to_staff_of_the_SOPs_lanes()
    {
        RenderAs("kasi").Find("[data-field-value=nik]").TextContent.ShouldBe(SampleValues.ValidNik);
    }
}
