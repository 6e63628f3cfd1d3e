using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data.Registers;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Registers;

namespace SopDesk.Tests.Web.Catalog;

/// <summary>The real app with a workflows folder that went wrong: two files of one id, an AK1 file removed.</summary>
public sealed class BrokenDefinitionsAppTests : IDisposable
{
    private static readonly string[] OtherIds = ["jakon", "jht", "lowongan", "lpk-swasta", "paspor", "pelatihan", "pengaduan", "perselisihan", "verifikasi-pengguna"];
    private readonly string _folder = Directory.CreateTempSubdirectory("sopdesk-app-defs-").FullName;

    public BrokenDefinitionsAppTests()
    {
        foreach (var file in Directory.GetFiles(DefinitionFiles.Folder)) File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The second file of an id: the AK1 file with another name in its header, as an editor's copy left behind.</summary>
    private void AddSecondAk1File()
    {
        var copy = DefinitionFiles.Ak1();
        copy["header"]!["nama"] = "Salinan AK1 yang tertinggal";
        File.WriteAllText(Path.Combine(_folder, "503-48-ak1-salinan.json"), copy.ToJsonString());
    }

    [Fact]
    public async Task The_app_starts_on_a_fresh_database_with_two_files_of_one_id_and_serves_the_good_ones()
    {
        AddSecondAk1File();
        await using var app = new SopDeskAppFactory { Settings = new Dictionary<string, string> { ["Workflows:Path"] = _folder } };

        (await app.CreateClient().GetAsync("/masuk")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var catalog = app.Services.GetRequiredService<DefinitionCatalog>();
        catalog.Current.Select(d => d.Id).Order().ShouldBe(OtherIds);
        catalog.Failures.Keys.Order().ShouldBe(["503-48-ak1-salinan.json", "503-48-ak1.json"]);
        catalog.Failures.Values.SelectMany(e => e).ShouldAllBe(e => e.Message.Contains("503-48-ak1-salinan.json, 503-48-ak1.json"));
        catalog.Fallbacks.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_second_file_of_a_stored_id_leaves_the_stored_version_served_once()
    {
        await using var app = new SopDeskAppFactory();
        var catalog = app.Services.GetRequiredService<DefinitionCatalog>();
        var stored = catalog.Find("ak1").ShouldNotBeNull();
        AddSecondAk1File();

        await catalog.LoadAsync(_folder, DateTimeOffset.UtcNow);

        catalog.Current.Count(d => d.Id == "ak1").ShouldBe(1);
        catalog.Find("ak1")!.ContentHash.ShouldBe(stored.ContentHash);
        catalog.Find("ak1")!.Header.Nama.ShouldNotBe("Salinan AK1 yang tertinggal");
        var served = catalog.Fallbacks.ShouldHaveSingleItem();
        (served.DefinitionId, served.Version).ShouldBe(("ak1", 1));
        served.RefusedFiles.ShouldBe(["503-48-ak1-salinan.json", "503-48-ak1.json"]);
        var page = await (await AdministratorAsync(app)).GetStringAsync("/admin/definisi");
        page.ShouldContain("dilayani dari <strong>versi 1</strong>");
    }

    private static async Task<HttpClient> AdministratorAsync(SopDeskAppFactory app)
    {
        var client = SignInForm.NewClient(app);
        (await SignInForm.SignInAsync(client, "admin", SopDesk.Web.Features.Demo.DemoStaff.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [Fact]
    public async Task An_edit_that_became_invalid_leaves_the_stored_version_served()
    {
        await using var app = new SopDeskAppFactory();
        var catalog = app.Services.GetRequiredService<DefinitionCatalog>();
        var stored = catalog.Find("ak1").ShouldNotBeNull();
        var broken = DefinitionFiles.Ak1();
        broken["steps"]![2]!["waktu"] = "9999 minggu";
        File.WriteAllText(Path.Combine(_folder, DefinitionFiles.Ak1FileName), broken.ToJsonString());

        await catalog.LoadAsync(_folder, DateTimeOffset.UtcNow);

        catalog.Find("ak1")!.ContentHash.ShouldBe(stored.ContentHash);
        catalog.Fallbacks.ShouldHaveSingleItem().RefusedFiles.ShouldBe([DefinitionFiles.Ak1FileName]);
    }

    [Fact]
    public async Task A_removed_sop_stays_readable_from_its_stored_version_but_takes_no_new_berkas()
    {
        await using var app = new SopDeskAppFactory();
        var catalog = app.Services.GetRequiredService<DefinitionCatalog>();
        var name = catalog.Find("ak1").ShouldNotBeNull().Header.Nama;
        File.Delete(Path.Combine(_folder, DefinitionFiles.Ak1FileName));

        await catalog.LoadAsync(_folder, DateTimeOffset.UtcNow);

        catalog.Find("ak1").ShouldBeNull();
        catalog.Display("ak1").ShouldNotBeNull().Header.Nama.ShouldBe(name);
        catalog.Retired.ShouldHaveSingleItem().Id.ShouldBe("ak1");
        using var scope = app.Services.CreateScope();
        var admin = await SignInForm.PrincipalAsync(app.Services, "admin");
        var actor = await scope.ServiceProvider.GetRequiredService<SopDesk.Web.Security.CurrentStaff>().RequireAsync(admin);
        var berkas = await scope.ServiceProvider.GetRequiredService<CaseSearch>().SearchAsync(new CaseFilter("ak1"), actor);
        berkas.Items.ShouldNotBeEmpty();
        berkas.Items.ShouldAllBe(row => catalog.Display(row.DefinitionId)!.Header.Nama == name); // as the list and the inbox show it

        var registers = scope.ServiceProvider.GetRequiredService<RegisterService>();
        (await registers.ReadableAsync(admin)).ShouldContain(r => r.Register.Id == "register-ak1");
        var page = await registers.PageAsync(admin, new RegisterFilter("register-ak1"), 0, 10);
        page.Total.ShouldBeGreaterThan(0);
        var export = await scope.ServiceProvider.GetRequiredService<RegisterExports>().StartAsync(admin, new RegisterFilter("register-ak1"));
        export.Total.ShouldBe(page.Total);

        var start = await scope.ServiceProvider.GetRequiredService<CaseService>()
            .StartAsync("ak1", new Dictionary<string, string>(), await SignInForm.PrincipalAsync(app.Services, "petugas-penerima"));
        start.Ok.ShouldBeFalse();
    }
}
