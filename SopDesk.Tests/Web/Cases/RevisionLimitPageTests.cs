using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using SopDesk.Data;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Cases;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Cases;

/// <summary>
/// The berkas page of a <see cref="RevisionLoopSop"/> berkas: an outcome the revision limit holds back is named with the
/// reason (not silently left out), and a rejected berkas reads "Ditolak".
/// </summary>
public sealed class RevisionLimitPageTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();
    private TempDatabase _database = default!;
    private BunitAuthorizationContext _auth = default!;
    private CaseDriver _driver = default!;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        _auth = await CasePageBed.SetUpAsync(_context, _database);
        var sop = RevisionLoopSop.Load();
        await using (var db = _database.NewContext())
            await new DefinitionStore(db).SyncAsync([sop], DateTimeOffset.UtcNow);
        _driver = new CaseDriver(sop) { Now = DateTimeOffset.UtcNow };
        await ApplyAsync(_driver.Start());
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task ApplyAsync(Accepted result)
    {
        await using var db = _database.NewContext();
        (await new CaseStore(db).ApplyAsync(result, _driver.Definition, TimeZoneInfo.Utc)).ShouldBeOfType<Applied>();
    }

    private async Task DoAsync(string? outcome, string? note = null) => await ApplyAsync(_driver.Do(outcome, note));

    private IRenderedComponent<CasePage> RenderAsDesk()
    {
        const string role = "petugas-penerima";
        var principal = TestPrincipals.SignedInAsync(_context.Services, $"user-{role}", $"demo-{role}", role).GetAwaiter().GetResult();
        _auth.SetAuthorized($"demo-{role}");
        _auth.SetRoles(role);
        _auth.SetClaims([.. principal.Claims.Where(c => c.Type is ClaimTypes.NameIdentifier or SopDesk.Web.Security.CurrentStaff.SessionIdClaim)]);
        var page = _context.Render<CasePage>(p => p.Add(c => c.Id, _driver.State!.CaseId));
        page.WaitForAssertion(() => page.Find("[data-testid=case-number]"));
        return page;
    }

    private static IEnumerable<string?> Buttons(IRenderedComponent<CasePage> page) =>
        page.Find("[data-testid=action-form]").QuerySelectorAll("[data-outcome]").Select(b => b.GetAttribute("data-outcome"));

    [Fact]
    public void Before_any_revision_ditolak_is_not_a_button_and_the_page_says_when_it_can_be_chosen()
    {
        var page = RenderAsDesk();

        Buttons(page).ShouldBe(["lengkap", "revisi"]);
        page.Find("[data-unavailable-outcome=ditolak]").TextContent
            .ShouldContain("Ditolak baru dapat dipilih setelah 2 kali revisi oleh pemohon (sekarang 0 kali).");
    }

    [Fact]
    public async Task After_two_revisions_the_page_says_the_limit_is_reached_and_offers_ditolak()
    {
        await DoAsync("revisi", "kurang akta");
        await DoAsync(null);
        await DoAsync("revisi", "akta belum dilegalisir");
        await DoAsync(null);

        var page = RenderAsDesk();

        Buttons(page).ShouldBe(["lengkap", "ditolak"]);
        page.Find("[data-unavailable-outcome=revisi]").TextContent.ShouldContain("Batas 2 kali revisi oleh pemohon sudah tercapai.");
    }

    [Fact]
    public async Task A_rejected_berkas_reads_ditolak()
    {
        await DoAsync("revisi", "kurang akta");
        await DoAsync(null);
        await DoAsync("revisi", "akta belum dilegalisir");
        await DoAsync(null);
        await DoAsync("ditolak", "Akta tidak sah");

        var page = RenderAsDesk();

        page.Find("[data-testid=case-status]").TextContent.Trim().ShouldBe("Ditolak");
        page.Find("[data-testid=case-status]").ClassList.ShouldContain("mud-chip-color-error");
        page.Markup.ShouldContain("Berkas ditolak: Akta tidak sah");
    }
}
