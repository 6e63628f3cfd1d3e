using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Access;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Web.Features.Catalog;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Cases;

public class CaseSearchTests
{
    private static async Task<(TempDatabase Database, CaseSearch Search, ServiceProvider Services)> WithCasesAsync(params (string Sop, string Name)[] cases)
    {
        var database = await TempDatabase.CreateAsync();
        foreach (var (index, (sop, name)) in cases.Index())
        {
            var driver = new CaseDriver(sop) { Now = CaseDriver.Monday9.AddMinutes(index) };
            var first = driver.Definition.FirstStep;
            var values = SampleValues.For(first).SetItem(driver.Definition.Summary.ApplicantNameField!, name);
            var started = (Accepted)driver.TryStart(values: values);
            await using var db = database.NewContext();
            await new CaseStore(db).ApplyAsync(started, driver.Definition, TimeZoneInfo.Utc);
        }
        var services = await CatalogServicesAsync(database);
        return (database, Search(services), services);
    }

    /// <summary>The office's services on the database, with the six SOPs loaded.</summary>
    internal static async Task<ServiceProvider> CatalogServicesAsync(TempDatabase database)
    {
        var services = new ServiceCollection().AddOfficeCore(database, TimeProvider.System).BuildServiceProvider();
        await services.LoadDefinitionsAndOfficeAsync(DateTimeOffset.UtcNow);
        return services;
    }

    internal static CaseSearch Search(ServiceProvider services) =>
        new(services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>(), services.GetRequiredService<DefinitionCatalog>(), services.GetRequiredService<OfficeTime>(),
            services.GetRequiredService<SopDesk.Web.Features.Office.OfficeProfileService>());

    /// <summary>Front desk staff: they work in the first lane of AK1 and JHT.</summary>
    private static readonly Actor FrontDesk = CaseDriver.As("petugas-penerima");

    [Fact]
    public async Task Berkas_are_found_by_applicant_name_by_number_and_by_SOP()
    {
        var (database, search, services) = await WithCasesAsync(("ak1", "Dewi Anggraini"), ("ak1", "Budi Santoso"), ("jht", "Dewi Lestari"));
        await using (database)
        await using (services)
        {
            (await search.SearchAsync(new CaseFilter(Text: "dewi"), FrontDesk)).Items.Select(r => r.ApplicantName).Order().ShouldBe(["Dewi Anggraini", "Dewi Lestari"]);
            (await search.SearchAsync(new CaseFilter(Text: "AK1/2026/000002"), FrontDesk)).Items.Single().ApplicantName.ShouldBe("Budi Santoso");
            (await search.SearchAsync(new CaseFilter(DefinitionId: "jht"), FrontDesk)).Total.ShouldBe(1);
            (await search.SearchAsync(new CaseFilter(Status: CaseStatus.Closed), FrontDesk)).Total.ShouldBe(0);
        }
    }

    // AK1 (lanes: petugas-penerima, kasi, pengadministrasi, kabid) and JHT (… jfu, kabid/sekretaris, kepala-dinas), one NIK.
    [Theory]
    [InlineData("panitia", "", "")]
    [InlineData("staf", "", "")]
    [InlineData("jfu", "jht", "Dewi Lestari")]
    [InlineData("petugas-penerima", "ak1,jht", "Dewi Anggraini,Dewi Lestari")]
    [InlineData("sekretaris", "ak1,jht", "D********i,Dewi Lestari")] // a supervisor finds every berkas; AK1's name stays masked
    public async Task A_full_NIK_finds_only_berkas_of_SOPs_the_searcher_works_in_and_each_search_is_journaled(string role, string sops, string names)
    {
        var (database, search, services) = await WithCasesAsync(("ak1", "Dewi Anggraini"), ("jht", "Dewi Lestari"));
        await using (database)
        await using (services)
        {
            var found = (await search.SearchAsync(new CaseFilter(Text: SampleValues.ValidNik), CaseDriver.As(role))).Items.OrderBy(r => r.DefinitionId).ToList();
            string.Join(",", found.Select(r => r.DefinitionId)).ShouldBe(sops);
            string.Join(",", found.Select(r => r.ApplicantName)).ShouldBe(names);

            await using var db = database.NewContext();
            var line = await db.Journal.AsNoTracking().SingleAsync(j => j.Action == JournalActions.PersonalDataSearched);
            line.ActorUserId.ShouldBe($"user-{role}");
            line.Detail.ShouldContain(PersonalDataPolicy.MaskNik(SampleValues.ValidNik));
            line.Detail.ShouldNotContain(SampleValues.ValidNik);
        }
    }

    [Fact]
    public async Task A_name_is_found_and_shown_only_in_SOPs_whose_personal_data_the_searcher_may_see()
    {
        var (database, search, services) = await WithCasesAsync(("ak1", "Dewi Anggraini"), ("jht", "Dewi Lestari"));
        await using (database)
        await using (services)
        {
            (await search.SearchAsync(new CaseFilter(Text: "dewi"), CaseDriver.As("jfu"))).Items.Single().ApplicantName.ShouldBe("Dewi Lestari");
            (await search.SearchAsync(new CaseFilter(), CaseDriver.As("jfu"))).Items.Select(r => r.ApplicantName).Order().ShouldBe(["D********i", "Dewi Lestari"]);
            await using var db = database.NewContext();
            (await db.Journal.CountAsync(j => j.Action == JournalActions.PersonalDataSearched)).ShouldBe(0, "only a search by a full NIK is journaled");
        }
    }

    [Fact]
    public async Task The_list_is_paged_newest_first()
    {
        var (database, search, services) = await WithCasesAsync([.. Enumerable.Range(1, 7).Select(i => ("ak1", $"Pemohon {i}"))]);
        await using (database)
        await using (services)
        {
            var second = await search.SearchAsync(new CaseFilter(Page: 1, PageSize: 3), FrontDesk);
            second.Total.ShouldBe(7);
            second.Items.Count.ShouldBe(3);
            var all = (await search.SearchAsync(new CaseFilter(PageSize: 10), FrontDesk)).Items;
            all.Select(r => r.StartedAt).ShouldBeInOrder(SortDirection.Descending);
            second.Items.Select(r => r.Id).ShouldBe(all.Skip(3).Take(3).Select(r => r.Id));
        }
    }
}

public class CaseSearchDateTests
{
    [Fact]
    public async Task The_date_filter_counts_whole_days_in_the_office_time_zone()
    {
        await using var database = await TempDatabase.CreateAsync();
        // Monday 16 Nov 2026 09:00 WIB and Tuesday 17 Nov 00:30 WIB (still Monday in UTC).
        foreach (var at in new[] { CaseDriver.Monday9, new DateTimeOffset(2026, 11, 17, 0, 30, 0, TimeSpan.FromHours(7)) })
        {
            var driver = new CaseDriver("ak1") { Now = at };
            await using var db = database.NewContext();
            await new CaseStore(db).ApplyAsync(driver.Start(), driver.Definition, TimeZoneInfo.Utc);
        }
        await using var services = await CaseSearchTests.CatalogServicesAsync(database);
        var search = CaseSearchTests.Search(services);
        var actor = CaseDriver.As("petugas-penerima");

        var monday = new DateOnly(2026, 11, 16);
        (await search.SearchAsync(new CaseFilter(From: monday, To: monday), actor)).Total.ShouldBe(1);
        (await search.SearchAsync(new CaseFilter(From: monday.AddDays(1)), actor)).Total.ShouldBe(1);
        (await search.SearchAsync(new CaseFilter(To: monday.AddDays(1)), actor)).Total.ShouldBe(2);
    }
}
