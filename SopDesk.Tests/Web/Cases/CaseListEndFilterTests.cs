using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Office;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Cases;

/// <summary>"Semua berkas" filters closed berkas by how they ended: ditolak apart from dikembalikan.</summary>
public sealed class CaseListEndFilterTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"sopdesk-workflows-{Guid.NewGuid():N}");
    private TempDatabase _database = default!;
    private ServiceProvider _services = default!;
    private Guid _rejected, _returned;

    public async Task InitializeAsync()
    {
        // The six SOP files plus the revision-loop SOP, as an office folder would hold them.
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.GetFiles(DefinitionFiles.Folder)) File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        await File.WriteAllTextAsync(Path.Combine(_folder, RevisionLoopSop.FileName), RevisionLoopSop.Json().ToJsonString());

        _database = await TempDatabase.CreateAsync();
        _services = new ServiceCollection().AddOfficeCore(_database, TimeProvider.System).BuildServiceProvider();
        await _services.GetRequiredService<DefinitionCatalog>().LoadAsync(_folder, DateTimeOffset.UtcNow);
        await _services.GetRequiredService<OfficeProfileService>().LoadAsync(new ConfigurationBuilder().Build());
        var sop = _services.GetRequiredService<DefinitionCatalog>().Find("uji-revisi").ShouldNotBeNull();

        var rejected = new CaseDriver(sop);
        await ApplyAsync(rejected.Start(), sop);
        foreach (var (outcome, note) in new (string?, string?)[] { ("revisi", "kurang akta"), (null, null), ("revisi", "akta belum dilegalisir"), (null, null), ("ditolak", "Akta tidak sah") })
            await ApplyAsync(rejected.Do(outcome, note), sop);
        _rejected = rejected.State!.CaseId;

        var returned = new CaseDriver(sop) { Now = CaseDriver.Monday9.AddHours(1) };
        await ApplyAsync(returned.Start(), sop);
        await ApplyAsync(returned.Do("revisi", "kurang akta"), sop);
        await ApplyAsync(returned.Run(new CloseReturnedCase(returned.State!.OpenItem!.Id, "Pemohon tidak kembali"), CaseDriver.As("petugas-penerima")).ShouldBeOfType<Accepted>(), sop);
        _returned = returned.State!.CaseId;

        var open = new CaseDriver(sop) { Now = CaseDriver.Monday9.AddHours(2) };
        await ApplyAsync(open.Start(), sop);
    }

    private async Task ApplyAsync(Accepted result, SopDefinition sop)
    {
        await using var db = _database.NewContext();
        (await new CaseStore(db).ApplyAsync(result, sop, TimeZoneInfo.Utc)).ShouldBeOfType<Applied>();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Ditolak_and_dikembalikan_are_filtered_apart()
    {
        var search = CaseSearchTests.Search(_services);
        var desk = CaseDriver.As("petugas-penerima");

        (await search.SearchAsync(new CaseFilter { End = EndKind.Rejected }, desk)).Items.Select(r => r.Id).ShouldBe([_rejected]);
        (await search.SearchAsync(new CaseFilter { End = EndKind.Returned }, desk)).Items.Select(r => r.Id).ShouldBe([_returned]);
        (await search.SearchAsync(new CaseFilter(Status: CaseStatus.Closed), desk)).Total.ShouldBe(2);
        (await search.SearchAsync(new CaseFilter(), desk)).Total.ShouldBe(3);
    }

    [Fact]
    public void The_list_offers_both_filters_and_reads_each_end_in_its_own_colour()
    {
        CaseLabels.StatusFilters.ShouldContain(("Rejected", "Ditolak"));
        CaseLabels.StatusFilters.ShouldContain(("Returned", "Dikembalikan"));
        var sop = _services.GetRequiredService<DefinitionCatalog>().Find("uji-revisi")!;
        CaseLabels.Status(CaseStatus.Closed, "ditolak", sop).ShouldBe("Ditolak");
        CaseLabels.StatusColor(CaseStatus.Closed, "ditolak", sop).ShouldBe(MudBlazor.Color.Error);
        CaseLabels.StatusColor(CaseStatus.Closed, "dikembalikan", sop).ShouldNotBe(CaseLabels.StatusColor(CaseStatus.Closed, "ditolak", sop));
    }
}
