using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Cases;

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
        _auth = await CasePageBed.SetUpAsync(_context, _database);

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
        var principal = TestPrincipals.SignedInAsync(Services, $"user-{role}", $"demo-{role}", role).GetAwaiter().GetResult();
        _auth.SetAuthorized($"demo-{role}");
        _auth.SetRoles(role);
        _auth.SetClaims([.. principal.Claims.Where(c => c.Type is ClaimTypes.NameIdentifier or SopDesk.Web.Security.CurrentStaff.SessionIdClaim)]);
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

    [Fact]
    public void Lengkap_with_a_box_unticked_is_refused_under_the_checklist()
    {
        var page = RenderAs("petugas-penerima");
        var boxes = page.FindAll("[data-testid=checklist] input[type=checkbox]");
        boxes.Select(b => b.GetAttribute("data-checklist-item")).ShouldBe(["Fotokopi KTP", "Fotokopi ijazah terakhir", "Pas foto 3x4 (2 lembar)", "Pas foto 2x3 (1 lembar)"]);
        foreach (var box in boxes.Take(3)) box.Change(true);

        page.Find("[data-outcome=lengkap]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=checklist] [data-testid=checklist-error]").TextContent
            .ShouldStartWith("Belum dicentang: Pas foto 2x3 (1 lembar)."));
    }

    [Fact]
    public void The_ticks_are_stored_with_the_step_and_shown_in_the_berkas_history()
    {
        var page = RenderAs("petugas-penerima");
        var boxes = page.FindAll("[data-testid=checklist] input[type=checkbox]");
        boxes[0].Change(true);
        page.FindAll("[data-testid=checklist] input[type=checkbox]")[2].Change(true);
        page.Find("textarea[data-testid=note], [data-testid=note] textarea").Change("Ijazah dan foto 2x3 belum ada");

        page.Find("[data-outcome=tidak-lengkap]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=case-status]").TextContent.ShouldContain("Menunggu pemohon"));
        var ticked = page.FindAll("[data-testid=checklist-record] li[data-ticked=ya]").Select(li => li.TextContent).ToList();
        ticked.Count.ShouldBe(2);
        ticked[0].ShouldContain("Fotokopi KTP");
        ticked[1].ShouldContain("Pas foto 3x4 (2 lembar)");
        page.FindAll("[data-testid=checklist-record] li[data-ticked=tidak]").Count.ShouldBe(2);
        using var db = _database.NewContext();
        var periksa = db.WorkItems.Single(w => w.CaseId == _caseId && w.StepId == "periksa");
        var stored = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(periksa.ValuesJson!)!;
        SopDesk.Workflows.Engine.ChecklistTicks.Read(stored).ShouldBe(["Fotokopi KTP", "Pas foto 3x4 (2 lembar)"], ignoreOrder: true);
    }
}
