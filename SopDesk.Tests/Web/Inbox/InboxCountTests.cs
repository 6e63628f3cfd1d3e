using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.Inbox;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Inbox;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Inbox;

/// <summary>
/// The nav bar's counts and the inbox list come from one rule: for every officer — a Kasi standing in as Plh.
/// while the Kabid is absent included — and every view, the count is the length of the list. The rule reads the
/// lanes of the definition version each berkas runs on, not the current file.
/// </summary>
public sealed class InboxCountTests : IAsyncLifetime
{
    private TempDatabase _database = default!;
    private ServiceProvider _services = default!;
    private InboxQuery _inbox = default!;
    private Guid _oldVersionCase;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        _services = new ServiceCollection().AddOfficeCore(_database, TimeProvider.System).BuildServiceProvider();
        var catalog = _services.GetRequiredService<DefinitionCatalog>();
        await _services.LoadDefinitionsAndOfficeAsync(DateTimeOffset.UtcNow);
        _inbox = new InboxQuery(_services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>(), catalog, _services.GetRequiredService<OfficeTime>(),
            _services.GetRequiredService<SopDesk.Web.Features.Office.OfficeProfileService>());

        var now = DateTimeOffset.UtcNow;
        // Open items in Kasi and Kabid lanes: AK1's signature (a Kasi may sign as Plh. kabid), and Kabid steps of SOPs
        // without a substitution rule (no Plh there); one overdue, one held by the Kasi.
        await AddAsync(new CaseDriver("ak1") { Now = now.AddHours(-2) }, "periksa:lengkap > input-data > paraf-kasi:paraf");
        await AddAsync(new CaseDriver("ak1") { Now = now.AddDays(-20) }, "periksa:lengkap > input-data > paraf-kasi:paraf");
        await AddAsync(new CaseDriver("ak1") { Now = now.AddHours(-1) }, "periksa:lengkap > input-data", claimBy: "kasi");
        await AddAsync(new CaseDriver("jht") { Now = now.AddDays(-20) }, "periksa:lengkap > verifikasi");
        await AddAsync(new CaseDriver("jakon") { Now = now.AddHours(-3) }, "periksa:lengkap > verifikasi");
        await AddAsync(new CaseDriver("pelatihan") { Now = now.AddHours(-3) }, "");

        // An AK1 berkas on an older version of the file, which had no substitution rule: no Plh on it.
        var json = DefinitionFiles.Ak1();
        json.Remove("substitutions");
        var (older, errors) = SopDefinitionLoader.Parse("503-48-ak1 (versi lama)", json.ToJsonString());
        older.ShouldNotBeNull(string.Join("; ", errors));
        await using (var db = _database.NewContext())
            await new DefinitionStore(db).SyncAsync([older], now.AddDays(-30));
        _oldVersionCase = await AddAsync(new CaseDriver(older) { Now = now.AddHours(-4) }, "periksa:lengkap > input-data > paraf-kasi:paraf");

        await using var context = _database.NewContext();
        context.Absences.Add(new AbsenceRecord { Role = "kabid", AbsentUserId = "user-kabid", From = now.AddDays(-1), To = now.AddDays(1), Reason = "Dinas luar",
            CreatedByUserId = "user-kabid", CreatedAt = now.AddDays(-1) });
        await context.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task<Guid> AddAsync(CaseDriver driver, string path, string? claimBy = null)
    {
        var results = new List<EngineResult> { driver.Start() };
        foreach (var hop in path.Split('>', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = hop.Split(':');
            results.Add(driver.Do(parts.Length > 1 ? parts[1] : null));
        }
        if (claimBy is not null) results.Add(driver.Run(new ClaimItem(driver.State!.OpenItem!.Id), CaseDriver.As(claimBy)));
        await using var db = _database.NewContext();
        var store = new CaseStore(db);
        foreach (var result in results)
            (result switch
            {
                Accepted accepted => await store.ApplyAsync(accepted, driver.Definition, TimeZoneInfo.Utc),
                HolderChanged changed => await store.ApplyHolderAsync(changed, TimeZoneInfo.Utc),
                _ => throw new ShouldAssertException($"refused: {result}"),
            }).ShouldBeOfType<Applied>();
        return driver.State!.CaseId;
    }

    public static TheoryData<string> Officers => ["kasi", "kabid", "sekretaris", "kepala-dinas", "petugas-penerima", "pengadministrasi", "jfu", "staf", "admin"];

    [Theory]
    [MemberData(nameof(Officers))]
    public async Task The_count_is_the_length_of_the_list_for_every_view(string role)
    {
        var actor = CaseDriver.As(role);
        var counts = await _inbox.CountAsync(actor);
        (await _inbox.ForAsync(actor, new InboxFilter(InboxView.All, Take: 10_000))).Count.ShouldBe(counts.Total, $"{role}: all");
        (await _inbox.ForAsync(actor, new InboxFilter(InboxView.Overdue, Take: 10_000))).Count.ShouldBe(counts.Overdue, $"{role}: overdue");
        (await _inbox.ForAsync(actor, new InboxFilter(InboxView.Mine, Take: 10_000))).Count.ShouldBe(counts.Mine, $"{role}: mine");
    }

    [Fact]
    public async Task A_Plh_counts_and_lists_only_what_the_version_of_each_berkas_lets_them_sign()
    {
        var kasi = CaseDriver.As("kasi");
        var list = await _inbox.ForAsync(kasi, new InboxFilter(Take: 10_000));
        // Two current AK1 signatures as Plh. kabid, plus the paraf the Kasi holds; not the old version's signature,
        // nor the Kabid's steps of SOPs without a substitution rule.
        list.Count(i => i.StepId == "tandatangan").ShouldBe(2);
        list.ShouldNotContain(i => i.CaseId == _oldVersionCase);
        list.ShouldNotContain(i => i.DefinitionId != "ak1" && i.StepId != "paraf-kasi");
        (await _inbox.CountAsync(kasi)).Total.ShouldBe(list.Count);
    }
}
