using Bunit;
using SopDesk.Data.Entities;
using SopDesk.Tests.Web.Layout;
using SopDesk.Web.Components.Layout;

namespace SopDesk.Tests.Web.Words;

/// <summary>The staff menu per role, rendered: Berkas baru and Menunggu tanda tangan appear only for who can use them, a Plh. included.</summary>
public sealed class DeskMenuNavTests : IAsyncLifetime
{
    private readonly MenuBed _bed = new();

    public Task InitializeAsync() => _bed.InitializeAsync();
    public Task DisposeAsync() => _bed.DisposeAsync();

    private IRenderedComponent<NavMenu> RenderAs(string role) => _bed.RenderAs(role);

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
        await using (var db = _bed.Database.NewContext())
        {
            db.Absences.Add(new AbsenceRecord { Role = "kabid", AbsentUserId = "user-kabid", From = now.AddDays(-1), To = now.AddDays(1), Reason = "Dinas luar",
                CreatedByUserId = "user-kabid", CreatedAt = now.AddDays(-1) });
            await db.SaveChangesAsync();
        }
        var menu = RenderAs("kasi");
        menu.WaitForAssertion(() => Shown(menu).ShouldBe((false, true)));
    }
}
