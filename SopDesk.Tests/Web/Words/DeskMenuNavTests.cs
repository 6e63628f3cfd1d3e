using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SopDesk.Data.Entities;
using SopDesk.Tests.Data;
using SopDesk.Web.Components.Layout;
using SopDesk.Web.Features.Inbox;
using SopDesk.Web.Features.Staff;
using SopDesk.Web.Security;

namespace SopDesk.Tests.Web.Words;

/// <summary>The staff menu per role, rendered: Berkas baru and Menunggu tanda tangan appear only for who can use them, a Plh. included.</summary>
public sealed class DeskMenuNavTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();
    private TempDatabase _database = default!;
    private Bunit.TestDoubles.BunitAuthorizationContext _auth = default!;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        _auth = _context.AddAuthorization();
        _context.Services.AddMudServices();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddOfficeCore(_database, TimeProvider.System);
        _context.Services.AddScoped<InboxQuery>().AddScoped<DeskMenu>();
        await _context.Services.LoadDefinitionsAndOfficeAsync(DateTimeOffset.UtcNow);
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _database.DisposeAsync();
    }

    private IRenderedComponent<NavMenu> RenderAs(string role)
    {
        var principal = TestPrincipals.SignedInAsync(_context.Services, $"user-{role}", $"demo-{role}", role).GetAwaiter().GetResult();
        _auth.SetAuthorized($"demo-{role}");
        _auth.SetRoles(role);
        _auth.SetClaims([.. principal.Claims.Where(c => c.Type is ClaimTypes.NameIdentifier or CurrentStaff.SessionIdClaim)]);
        var menu = _context.Render<NavMenu>();
        menu.WaitForAssertion(() => menu.Find("[data-testid=inbox-counts]"));
        return menu;
    }

    private static (bool NewCase, bool Sign) Shown(IRenderedComponent<NavMenu> menu) =>
        (menu.FindAll("[data-testid=nav-new-case]").Count > 0, menu.FindAll("[data-testid=nav-sign]").Count > 0);

    [Theory]
    [InlineData("petugas-penerima", true, false)]
    [InlineData("pengantar-kerja", true, false)]
    [InlineData("kasi", false, false)]
    [InlineData("kabid", false, true)]
    [InlineData("kepala-dinas", false, true)]
    [InlineData("admin", false, false)]
    public void The_menu_shows_each_role_what_it_can_use(string role, bool newCase, bool sign)
    {
        var menu = RenderAs(role);
        menu.WaitForAssertion(() => Shown(menu).ShouldBe((newCase, sign), role));
        menu.Markup.ShouldContain("Kotak masuk");
    }

    [Fact]
    public async Task A_Kasi_sees_the_signing_queue_while_acting_as_Plh_for_an_absent_Kabid()
    {
        var now = DateTimeOffset.UtcNow;
        await using (var db = _database.NewContext())
        {
            db.Absences.Add(new AbsenceRecord { Role = "kabid", AbsentUserId = "user-kabid", From = now.AddDays(-1), To = now.AddDays(1), Reason = "Dinas luar",
                CreatedByUserId = "user-kabid", CreatedAt = now.AddDays(-1) });
            await db.SaveChangesAsync();
        }
        var menu = RenderAs("kasi");
        menu.WaitForAssertion(() => Shown(menu).ShouldBe((false, true)));
    }
}
