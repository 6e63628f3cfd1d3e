using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Calendar;
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
        var services = new ServiceCollection().AddSopDeskData(database.ConnectionString).BuildServiceProvider();
        var search = new CaseSearch(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<SopDeskDbContext>>(),
            new OfficeTime(TimeProvider.System, CalendarSettings.Default));
        return (database, search, services);
    }

    [Fact]
    public async Task Berkas_are_found_by_applicant_name_by_number_and_by_SOP()
    {
        var (database, search, services) = await WithCasesAsync(("ak1", "Dewi Anggraini"), ("ak1", "Budi Santoso"), ("jht", "Dewi Lestari"));
        await using (database)
        await using (services)
        {
            (await search.SearchAsync(new CaseFilter(Text: "dewi"))).Items.Select(r => r.ApplicantName).Order().ShouldBe(["Dewi Anggraini", "Dewi Lestari"]);
            (await search.SearchAsync(new CaseFilter(Text: "AK1/2026/000002"))).Items.Single().ApplicantName.ShouldBe("Budi Santoso");
            (await search.SearchAsync(new CaseFilter(DefinitionId: "jht"))).Total.ShouldBe(1);
            (await search.SearchAsync(new CaseFilter(Status: CaseStatus.Closed))).Total.ShouldBe(0);
        }
    }

    [Fact]
    public async Task The_list_is_paged_newest_first()
    {
        var (database, search, services) = await WithCasesAsync([.. Enumerable.Range(1, 7).Select(i => ("ak1", $"Pemohon {i}"))]);
        await using (database)
        await using (services)
        {
            var second = await search.SearchAsync(new CaseFilter(Page: 1, PageSize: 3));
            second.Total.ShouldBe(7);
            second.Items.Count.ShouldBe(3);
            var all = (await search.SearchAsync(new CaseFilter(PageSize: 10))).Items;
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
        await using var services = new ServiceCollection().AddSopDeskData(database.ConnectionString).BuildServiceProvider();
        var search = new CaseSearch(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<SopDeskDbContext>>(),
            new OfficeTime(TimeProvider.System, CalendarSettings.Default));

        var monday = new DateOnly(2026, 11, 16);
        (await search.SearchAsync(new CaseFilter(From: monday, To: monday))).Total.ShouldBe(1);
        (await search.SearchAsync(new CaseFilter(From: monday.AddDays(1)))).Total.ShouldBe(1);
        (await search.SearchAsync(new CaseFilter(To: monday.AddDays(1)))).Total.ShouldBe(2);
    }
}
