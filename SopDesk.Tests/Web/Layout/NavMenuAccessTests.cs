using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Web.Components.Layout;
using SopDesk.Web.Features.LaborMarket.Figures;
using SopDesk.Web.Security;

namespace SopDesk.Tests.Web.Layout;

/// <summary>
/// The menu written as plain markup (decision 036) still shows each group only to whom it is for — the checks the
/// AuthorizeViews made — and marks the link of the page that is open.
/// </summary>
public sealed class NavMenuAccessTests : IAsyncLifetime
{
    private readonly MenuBed _bed = new();

    public Task InitializeAsync() => _bed.InitializeAsync();
    public Task DisposeAsync() => _bed.DisposeAsync();

    private IRenderedComponent<NavMenu> RenderAs(string role, params string[] policies) => _bed.RenderAs(role, policies);

    [Fact]
    public void An_administrator_sees_the_administration_group_and_the_online_corrections_and_no_job_market()
    {
        var menu = RenderAs(Roles.Admin);
        menu.WaitForAssertion(() => menu.Markup.ShouldContain("Administrasi"));
        menu.Markup.ShouldContain("Koreksi data (online)");
        menu.Markup.ShouldNotContain("Pasar kerja");
        menu.Markup.ShouldNotContain("Pengawasan");
    }

    [Fact]
    public void A_Kasi_works_the_job_market_and_sees_no_administration()
    {
        var menu = RenderAs("kasi", FiguresPolicy.Name);
        menu.WaitForAssertion(() => menu.Markup.ShouldContain("Catat lowongan (kanvas)"));
        menu.Markup.ShouldContain("Angka pasar kerja");
        menu.Markup.ShouldNotContain("Administrasi");
        menu.Markup.ShouldNotContain("Koreksi data (online)");
    }

    [Fact]
    public void A_supervisor_sees_the_figures_and_the_supervision_group_but_not_the_job_market_desk()
    {
        var menu = RenderAs("kepala-dinas", FiguresPolicy.Name, SupervisorPolicy.Name);
        menu.WaitForAssertion(() => menu.Markup.ShouldContain("Laporan bulanan"));
        menu.Markup.ShouldContain("Angka pasar kerja");
        menu.Markup.ShouldNotContain("Catat lowongan (kanvas)");
    }

    [Fact]
    public void A_group_folds_on_a_click_and_opens_again()
    {
        var menu = RenderAs(Roles.Admin);
        menu.WaitForAssertion(() => menu.Markup.ShouldContain("Surel keluar"));
        menu.Find("button[aria-label='Toggle Administrasi']").Click();
        menu.Markup.ShouldNotContain("Surel keluar");
        menu.Find("button[aria-label='Toggle Administrasi']").Click();
        menu.Markup.ShouldContain("Surel keluar");
    }

    [Fact]
    public void The_link_of_the_open_page_is_marked_active_and_follows_navigation()
    {
        var menu = RenderAs("kasi");
        menu.WaitForAssertion(() => menu.Find("a[href='/']").ClassList.ShouldContain("active"));
        _bed.Context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/register/ak1?tahun=2026");
        menu.WaitForAssertion(() => menu.Find("a[href='/register']").ClassList.ShouldContain("active"));
        menu.Find("a[href='/']").ClassList.ShouldNotContain("active");
    }

    [Theory]
    [InlineData("", "/", true, true)]
    [InlineData("berkas", "/", true, false)]
    [InlineData("berkas/baru", "/berkas", true, false)]
    [InlineData("berkas?q=1", "/berkas", true, true)]
    [InlineData("register/ak1", "/register", false, true)]
    [InlineData("registerx", "/register", false, false)]
    [InlineData("Plh#top", "/plh", false, true)]
    public void NavLinks_rule_for_the_active_link(string relative, string href, bool all, bool active) =>
        NavMatch.IsActive(relative, href, all).ShouldBe(active);
}
