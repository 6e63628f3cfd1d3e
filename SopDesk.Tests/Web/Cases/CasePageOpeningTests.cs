using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Cases;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Cases;

/// <summary>
/// The berkas page on a real database, with an AK1 berkas at its sign step (the Kabid's signature): reading
/// before signing is the engine's rule on this page too, an opening is journaled once however often the page
/// refreshes live, and reading the detail writes nothing.
/// </summary>
public sealed class CasePageOpeningTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();
    private TempDatabase _database = default!;
    private BunitAuthorizationContext _auth = default!;
    private Guid _caseId, _itemId;

    private BunitServiceProvider Services => _context.Services;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        _auth = await CasePageBed.SetUpAsync(_context, _database);

        // submitted > periksa:lengkap > input-data > paraf-kasi:paraf > [tandatangan] (open, the Kabid's)
        var driver = new CaseDriver("ak1") { Now = DateTimeOffset.UtcNow.AddHours(-1) };
        var results = new List<Accepted> { driver.Start() };
        foreach (var (outcome, note) in new[] { ("lengkap", (string?)null), (null, null), ("paraf", null) })
            results.Add(driver.Do(outcome, note));
        await using var db = _database.NewContext();
        foreach (var result in results) (await new CaseStore(db).ApplyAsync(result, driver.Definition, TimeZoneInfo.Utc)).ShouldBeOfType<Applied>();
        (_caseId, _itemId) = (driver.State!.CaseId, driver.State.OpenItem!.Id);
        driver.State.OpenItem.StepId.ShouldBe("tandatangan");
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _database.DisposeAsync();
    }

    private ClaimsPrincipal Principal(string role) => TestPrincipals.SignedInAsync(Services, $"user-{role}", $"Pegawai {role}", role).GetAwaiter().GetResult();

    private IRenderedComponent<CasePage> RenderAs(string role)
    {
        _auth.SetAuthorized($"Pegawai {role}");
        _auth.SetRoles(role);
        var principal = Principal(role);
        _auth.SetClaims([.. principal.Claims.Where(c => c.Type is ClaimTypes.NameIdentifier or SopDesk.Web.Security.ActorFactory.FullNameClaim or SopDesk.Web.Security.CurrentStaff.SessionIdClaim)]);
        var page = _context.Render<CasePage>(p => p.Add(c => c.Id, _caseId));
        page.WaitForAssertion(() => page.Find("[data-testid=case-number]"));
        return page;
    }

    private async Task<List<JournalRecord>> JournalAsync()
    {
        await using var db = _database.NewContext();
        return await db.Journal.AsNoTracking().Where(j => j.CaseId == _caseId).ToListAsync();
    }

    [Fact]
    public async Task Signing_from_the_berkas_page_without_reading_is_refused_by_the_server_and_the_page_agrees()
    {
        var cases = Services.GetRequiredService<CaseService>();
        var page = RenderAs("kabid");

        // The page offers no signature, and says why — the engine's own reason.
        page.FindAll("[data-testid=action-form]").ShouldBeEmpty();
        var reason = page.Find("[data-testid=why-not]").TextContent.Trim();
        reason.ShouldStartWith("Baca berkas ini sebelum menandatangani");

        // The server refuses the same act with the same reason, whatever a page sends.
        var refused = await cases.CompleteAsync(_caseId, _itemId, "tandatangan", new Dictionary<string, string>(), null, Principal("kabid"));
        refused.Ok.ShouldBeFalse();
        refused.Message.ShouldBe(reason);

        // Reading on the page journals it and opens the form; the signature is then accepted.
        await page.Find("[data-testid=confirm-read]").ClickAsync(new());
        page.WaitForAssertion(() => page.Find("[data-testid=action-form]").QuerySelector("[data-outcome=tandatangan]").ShouldNotBeNull());
        (await JournalAsync()).Count(j => j.Action == JournalActions.ViewedForSigning).ShouldBe(1);
        (await cases.CompleteAsync(_caseId, _itemId, "tandatangan", new Dictionary<string, string>(), null, Principal("kabid"))).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task Live_refreshes_of_an_open_berkas_page_journal_one_view()
    {
        var page = RenderAs("kasi");
        page.WaitForAssertion(() => JournalAsync().Result.Count(j => j.Action == JournalActions.PersonalDataViewed).ShouldBe(1));

        var events = Services.GetRequiredService<CaseEvents>();
        var before = page.RenderCount;
        // One change at a time (a burst would be coalesced into fewer reloads): five live refreshes.
        for (var i = 1; i <= 5; i++)
        {
            events.Publish(SopDesk.Web.Features.Live.CaseChange.OnlyCase(_caseId));
            page.WaitForAssertion(() => page.RenderCount.ShouldBeGreaterThanOrEqualTo(before + i));
        }

        (await JournalAsync()).Count(j => j.Action is JournalActions.PersonalDataViewed or JournalActions.CaseOpened).ShouldBe(1);
    }

    [Fact]
    public async Task Reading_the_detail_writes_nothing_and_opening_marks_a_disposisi_seen_explicitly()
    {
        var cases = Services.GetRequiredService<CaseService>();
        var kabid = Principal("kabid");
        var kabid2 = new StaffRef("user-kabid-2", "Kabid kedua", ["kabid"]);
        // The Kabid disposes the signature to a second Kabid (a recipient who may sign it).
        await using (var db = _database.NewContext())
        {
            var state = (await new CaseStore(db).LoadAsync(_caseId))!;
            var driver = new CaseDriver("ak1");
            var disposed = driver.Interpreter.Execute(driver.Definition, state, new DisposeItem(_itemId, kabid2, "Mohon ditandatangani"),
                Actor.Of("user-kabid", "Pegawai kabid", "kabid"), OfficeContext.Normal, DateTimeOffset.UtcNow);
            (await new CaseStore(db).ApplyHolderAsync(disposed.ShouldBeOfType<HolderChanged>(), TimeZoneInfo.Utc)).ShouldBeOfType<Applied>();
        }
        var recipient = await TestPrincipals.SignedInAsync(Services, kabid2.UserId, kabid2.Name, "kabid");
        var journalBefore = (await JournalAsync()).Count;

        for (var i = 0; i < 3; i++)
        {
            (await cases.GetDetailAsync(_caseId, recipient)).ShouldNotBeNull().State.OpenItem!.Holder!.SeenAt.ShouldBeNull();
            (await cases.GetDetailAsync(_caseId, kabid)).ShouldNotBeNull();
        }
        (await JournalAsync()).Count.ShouldBe(journalBefore, "a detail read journals nothing");

        (await cases.MarkDisposisiSeenAsync(_caseId, kabid)).ShouldBeFalse("only the recipient's opening counts");
        (await cases.MarkDisposisiSeenAsync(_caseId, recipient)).ShouldBeTrue();
        (await cases.GetDetailAsync(_caseId, recipient))!.State.OpenItem!.Holder!.SeenAt.ShouldNotBeNull();
        (await JournalAsync()).Single(j => j.Action == JournalActions.DisposisiOpened).ActorUserId.ShouldBe(kabid2.UserId);
    }
}
