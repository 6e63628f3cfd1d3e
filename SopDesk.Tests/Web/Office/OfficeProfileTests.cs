using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Web.Features.Dashboards;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Features.Office;

namespace SopDesk.Tests.Web.Office;

/// <summary>The office profile on the real app (demo data): who supervises, the letterhead's lines, and the edit's checks.</summary>
public sealed class OfficeProfileTests : IAsyncDisposable
{
    private static readonly SopDesk.Data.Dashboards.StepTimesFilter Ak1November = new("ak1", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

    private readonly SopDeskAppFactory _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private T Get<T>() where T : notnull => _app.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private Task<ClaimsPrincipal> AsAsync(string userName) => SignInForm.PrincipalAsync(_app.Services, userName);

    private async Task<OfficeProfileOutcome> EditAsync(Action<OfficeProfileForm> change, string by = "admin")
    {
        var form = OfficeProfileForm.From(Get<OfficeProfileService>().Current);
        change(form);
        return await Get<OfficeProfileService>().SaveAsync(form, await AsAsync(by));
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = SignInForm.NewClient(_app);
        (await SignInForm.SignInAsync(client, user, DemoStaff.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/ditolak", StringComparison.Ordinal));

    [Fact]
    public async Task A_role_made_supervisor_reaches_the_dashboards_and_the_report_and_a_role_removed_is_refused_by_the_server()
    {
        var staf = await SignedInAsync("staf");
        var kasi = await SignedInAsync("kasi");
        Refused(await staf.GetAsync("/dasbor/beban-kerja")).ShouldBeTrue();
        Refused(await staf.GetAsync("/laporan/bulanan/2026/11.xlsx")).ShouldBeTrue();
        (await kasi.GetAsync("/laporan/bulanan/2026/11.xlsx")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var saved = await EditAsync(f => f.SupervisorRoles = "staf, kabid, sekretaris, kepala-dinas");
        saved.Ok.ShouldBeTrue(saved.Message);

        (await staf.GetAsync("/dasbor/beban-kerja")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staf.GetAsync("/laporan/bulanan/2026/11.xlsx")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Get<StepTimesDashboard>().LateAsync(await AsAsync("staf"), Ak1November, "periksa").ShouldNotThrowAsync();
        Refused(await kasi.GetAsync("/dasbor/beban-kerja")).ShouldBeTrue();
        Refused(await kasi.GetAsync("/laporan/bulanan/2026/11.xlsx")).ShouldBeTrue();
        await Should.ThrowAsync<UnauthorizedAccessException>(async () => await Get<StepTimesDashboard>().LateAsync(await AsAsync("kasi"), Ak1November, "periksa"));
    }

    [Fact]
    public async Task The_letterhead_and_the_sign_in_page_show_the_office_profiles_government_and_name()
    {
        (await EditAsync(f => (f.Government, f.OfficeName) = ("Pemerintah Kabupaten Lahat", "Bidang Tenaga Kerja Kabupaten Lahat"))).Ok.ShouldBeTrue();

        var sop = await (await SignedInAsync("kasi")).GetStringAsync("/katalog/ak1");
        sop.ShouldContain("PEMERINTAH KABUPATEN LAHAT");
        sop.ShouldNotContain("PEMERINTAH KOTA PAGAR ALAM");
        (await SignInForm.NewClient(_app).GetStringAsync("/masuk")).ShouldContain("Bidang Tenaga Kerja Kabupaten Lahat");
    }

    [Fact]
    public void No_component_names_the_office_itself()
    {
        var web = Path.Combine(RepositoryRoot(), "SopDesk.Web");
        var naming = Directory.GetFiles(web, "*.razor", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("Pagar Alam", StringComparison.OrdinalIgnoreCase))
            .Select(Path.GetFileName);
        naming.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_edit_naming_an_unknown_role_is_refused_next_to_its_field_and_a_good_one_is_journaled()
    {
        var bad = await EditAsync(f => (f.Superiors, f.HeadRole) = ("kasi = wakil-walikota", ""));
        bad.Ok.ShouldBeFalse();
        bad.FieldErrors[OfficeFields.Superiors].ShouldContain("wakil-walikota");
        bad.FieldErrors[OfficeFields.HeadRole].ShouldBe("Peran wajib diisi.");
        (await EditAsync(f => f.Superiors = "kasi kabid")).FieldErrors[OfficeFields.Superiors].ShouldStartWith("Baris 1:");

        (await EditAsync(f => f.Address = "Jl. Uji No. 1", by: "kasi")).Message.ShouldBe(OfficeProfileService.NotAdministrator);
        Get<OfficeProfileService>().Current.Address.ShouldNotBe("Jl. Uji No. 1");

        (await EditAsync(f => f.Address = "Jl. Uji No. 1")).Ok.ShouldBeTrue();
        await using var db = await Get<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();
        (await db.Journal.SingleAsync(j => j.Action == OfficeProfileService.ChangedAction)).Detail.ShouldContain("Jl. Uji No. 1");
        (await db.OfficeProfile.SingleAsync()).Address.ShouldBe("Jl. Uji No. 1");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SopDesk.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SopDesk.sln not found above the test binaries.");
    }
}
