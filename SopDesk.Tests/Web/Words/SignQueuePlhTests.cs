using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Inbox;
using SopDesk.Web.Features.Staff;
using SopDesk.Web.Security;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Words;

/// <summary>
/// The signing queue says, before anything is signed, when the officer signs as Plh. for an absent official — in the
/// role's Indonesian name — and an officer whose roles sign nothing learns why the page is empty and where their work is.
/// </summary>
public sealed class SignQueuePlhTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();
    private TempDatabase _database = default!;
    private BunitAuthorizationContext _auth = default!;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        _context.Services.AddScoped<InboxQuery>().AddScoped<DeskMenu>().AddScoped<SignerCapacity>();
        _auth = await CasePageBed.SetUpAsync(_context, _database);

        // An AK1 card waiting for the Kabid's signature, and the Kabid away on duty: the SOP lets a Kasi sign as Plh.
        var now = DateTimeOffset.UtcNow;
        var driver = new CaseDriver("ak1") { Now = now.AddHours(-2) };
        var results = new List<Accepted> { driver.Start(), driver.Do("lengkap"), driver.Do(), driver.Do("paraf") };
        driver.State!.OpenItem!.StepId.ShouldBe("tandatangan");
        await using var db = _database.NewContext();
        var store = new CaseStore(db);
        foreach (var result in results) (await store.ApplyAsync(result, driver.Definition, TimeZoneInfo.Utc)).ShouldBeOfType<Applied>();
        db.Absences.Add(new AbsenceRecord { Role = "kabid", AbsentUserId = "user-kabid", From = now.AddDays(-1), To = now.AddDays(1), Reason = "Dinas luar",
            CreatedByUserId = "user-kabid", CreatedAt = now.AddDays(-1) });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _database.DisposeAsync();
    }

    private IRenderedComponent<SignQueuePage> RenderAs(string role)
    {
        var principal = TestPrincipals.SignedInAsync(_context.Services, $"user-{role}", $"demo-{role}", role).GetAwaiter().GetResult();
        _auth.SetAuthorized($"demo-{role}");
        _auth.SetRoles(role);
        _auth.SetClaims([.. principal.Claims.Where(c => c.Type is ClaimTypes.NameIdentifier or CurrentStaff.SessionIdClaim)]);
        return _context.Render<SignQueuePage>();
    }

    [Fact]
    public void A_Kasi_is_told_before_signing_that_they_sign_as_Plh_Kepala_Bidang()
    {
        var page = RenderAs("kasi");

        page.WaitForAssertion(() => page.Find("[data-testid=plh-notice]").TextContent.ShouldContain("Anda menandatangani sebagai Plh. Kepala Bidang"));
        page.Find("[data-testid^=as-]").TextContent.Trim().ShouldBe("Plh. Kepala Bidang");
        page.Find("[data-testid^=view-]").Click();
        page.WaitForAssertion(() => page.Find("[data-testid=preview-plh]").TextContent.ShouldContain("Anda menandatangani sebagai Plh. Kepala Bidang."));
        // Earlier steps name the role ("Kasi"), not its id ("kasi", "petugas-penerima").
        var preview = page.Find("[data-testid=sign-preview]").TextContent;
        preview.ShouldContain("(Kasi)", Case.Sensitive);
        preview.ShouldNotContain("(kasi)", Case.Sensitive);
        preview.ShouldNotContain("(petugas-penerima)", Case.Sensitive);
    }

    [Fact]
    public void The_Kabid_signing_in_their_own_lane_gets_no_Plh_notice()
    {
        var page = RenderAs("kabid");

        page.WaitForAssertion(() => page.FindAll("[data-testid^=view-]").Count.ShouldBe(1));
        page.FindAll("[data-testid=plh-notice]").ShouldBeEmpty();
        page.FindAll("[data-testid^=as-]").ShouldBeEmpty();
    }

    [Fact]
    public void An_officer_who_signs_nothing_is_told_why_the_page_is_empty_and_led_to_the_inbox()
    {
        var page = RenderAs("petugas-penerima");

        page.WaitForAssertion(() => page.Find("[data-testid=sign-not-yours]"));
        var why = page.Find("[data-testid=sign-not-yours]");
        why.TextContent.ShouldContain("Kepala Bidang");
        why.TextContent.ShouldNotContain("kabid");
        why.QuerySelector("a")!.GetAttribute("href").ShouldBe("/");
    }
}
