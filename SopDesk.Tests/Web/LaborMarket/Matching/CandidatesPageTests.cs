using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Tests.Data;
using SopDesk.Tests.Data.LaborMarket;
using SopDesk.Web.Features.LaborMarket;
using SopDesk.Web.Features.LaborMarket.Matching;
using SopDesk.Web.Security;

namespace SopDesk.Tests.Web.LaborMarket.Matching;

/// <summary>
/// The candidates page on a real database: a Pengantar Kerja sees the ranked AK1 holders with their phone, and the view is
/// journaled once however often the page renders; a petugas penerima, or an officer whose role was removed a moment ago, is
/// refused by the server (the page says "not found", and nothing is journaled).
/// </summary>
public sealed class CandidatesPageTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();
    private TempDatabase _database = default!;
    private BunitAuthorizationContext _auth = default!;
    private long _vacancyId;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        _auth = _context.AddAuthorization();
        _context.Services.AddMudServices();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddOfficeCore(_database, TimeProvider.System);
        _context.Services.AddSingleton<ICaseProjection, SeekerProfileProjection>();
        _context.Services.AddScoped<ProjectionCatchUp>();
        _context.Services.AddScoped<CandidateList>();
        await using var db = _database.NewContext();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        _vacancyId = (await LaborMarketRows.AddVacancyAsync(db, v => (v.ClosesOn, v.Skills) = (today.AddDays(30), "las"))).Id;
        await LaborMarketRows.AddProfileAsync(db, p => (p.Name, p.Skills, p.Phone, p.SignedAt, p.ValidUntil) =
            ("Andi Saputra", "las", "+6281377778888", DateTimeOffset.UtcNow.AddDays(-5), DateTimeOffset.UtcNow.AddMonths(23)));
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task<IRenderedComponent<CandidatesPage>> RenderAsync(ClaimsPrincipal principal, string role)
    {
        _auth.SetAuthorized(principal.Identity!.Name!);
        _auth.SetRoles(role);
        _auth.SetClaims([.. principal.Claims.Where(c => c.Type is ClaimTypes.NameIdentifier or ActorFactory.FullNameClaim or CurrentStaff.SessionIdClaim)]);
        var page = _context.Render<CandidatesPage>(p => p.Add(c => c.Id, _vacancyId));
        page.WaitForAssertion(() => page.FindAll("[data-testid=vacancy-title], [data-testid=not-found], [data-testid=refusal]").ShouldNotBeEmpty());
        await Task.CompletedTask;
        return page;
    }

    private async Task<int> ViewsAsync()
    {
        await using var db = _database.NewContext();
        return await db.Journal.CountAsync(j => j.Action == JournalActions.CandidatesViewed);
    }

    [Fact]
    public async Task A_pengantar_kerja_sees_the_ranked_candidates_with_their_phone_and_the_view_is_journaled_once()
    {
        var officer = await TestPrincipals.SignedInAsync(_context.Services, "pk-1", "Pengantar Satu", LaborMarketRoles.PengantarKerja);
        var page = await RenderAsync(officer, LaborMarketRoles.PengantarKerja);

        page.Find("[data-testid=candidate-name]").TextContent.ShouldBe("Andi Saputra");
        page.Markup.ShouldContain("+6281377778888");
        page.Find("[data-testid=reasons]").TextContent.ShouldContain("Keterampilan cocok: las");
        page.WaitForAssertion(() => ViewsAsync().Result.ShouldBe(1));

        page.Render();
        page.Render();
        (await ViewsAsync()).ShouldBe(1, "re-rendering the same view writes no new line");
        await using var db = _database.NewContext();
        var line = await db.Journal.AsNoTracking().SingleAsync(j => j.Action == JournalActions.CandidatesViewed);
        (line.ActorUserId, line.CaseId).ShouldBe(("pk-1", (Guid?)null));
        line.Detail.ShouldContain($"lowongan #{_vacancyId}");
    }

    [Fact]
    public async Task A_petugas_penerima_is_refused_by_the_server_even_if_the_page_renders()
    {
        var clerk = await TestPrincipals.SignedInAsync(_context.Services, "pp-1", "Petugas Satu", "petugas-penerima");
        var page = await RenderAsync(clerk, "petugas-penerima");

        page.FindAll("[data-testid=not-found]").ShouldHaveSingleItem();
        page.Markup.ShouldNotContain("Andi Saputra");
        page.Markup.ShouldNotContain("+6281377778888");
        (await ViewsAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task An_officer_whose_role_was_removed_a_moment_ago_is_refused_though_the_cookie_still_says_pengantar_kerja()
    {
        var officer = await TestPrincipals.SignedInAsync(_context.Services, "pk-2", "Pengantar Dua", LaborMarketRoles.PengantarKerja);
        await using (var db = _database.NewContext())
        {
            db.UserRoles.RemoveRange(db.UserRoles.Where(l => l.UserId == "pk-2"));
            await db.SaveChangesAsync();
        }

        var page = await RenderAsync(officer, LaborMarketRoles.PengantarKerja);

        page.FindAll("[data-testid=not-found]").ShouldHaveSingleItem();
        page.Markup.ShouldNotContain("Andi Saputra");
        (await ViewsAsync()).ShouldBe(0);
    }
}
