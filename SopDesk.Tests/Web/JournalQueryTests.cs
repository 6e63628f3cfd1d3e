using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Web.Features.Journal;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Tests.Web;

/// <summary>The administrators' journal over the demo berkas: each filter returns exactly the matching rows.</summary>
public sealed class JournalQueryTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private JournalQuery Query => app.Services.GetRequiredService<JournalQuery>();

    private async Task<T> WithDbAsync<T>(Func<SopDeskDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<SopDeskDbContext>());
    }

    [Fact]
    public async Task Filtering_by_action_returns_only_and_all_rows_of_that_action_newest_first()
    {
        var expected = await WithDbAsync(db => db.Journal.CountAsync(j => j.Action == "Paraf"));
        expected.ShouldBeGreaterThan(1, "the demo berkas include paraf steps");

        var page = await Query.SearchAsync(new JournalFilter(Action: "Paraf", PageSize: 1000));

        page.Total.ShouldBe(expected);
        page.Items.Count.ShouldBe(expected);
        page.Items.ShouldAllBe(r => r.Action == "Paraf");
        page.Items.Select(r => r.At).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task Filtering_by_berkas_number_returns_that_berkas_rows_with_its_number()
    {
        var (caseId, number, expected) = await WithDbAsync(async db =>
        {
            var c = await db.Cases.OrderByDescending(x => x.ItemCount).FirstAsync();
            return (c.Id, c.Number, await db.Journal.CountAsync(j => j.CaseId == c.Id));
        });
        expected.ShouldBeGreaterThan(1);

        var page = await Query.SearchAsync(new JournalFilter(CaseNumber: number, PageSize: 1000));

        page.Total.ShouldBe(expected);
        page.Items.ShouldAllBe(r => r.CaseId == caseId && r.CaseNumber == number);
    }

    [Fact]
    public async Task Paging_splits_the_rows_without_overlap()
    {
        var first = await Query.SearchAsync(new JournalFilter(PageSize: 10));
        var second = await Query.SearchAsync(new JournalFilter(Page: 1, PageSize: 10));

        first.Items.Count.ShouldBe(10);
        second.Total.ShouldBe(first.Total);
        second.Items.Select(r => r.Id).Intersect(first.Items.Select(r => r.Id)).ShouldBeEmpty();
        second.Items[0].At.ShouldBeLessThanOrEqualTo(first.Items[^1].At);
    }

    [Fact]
    public async Task A_period_counts_whole_days_in_the_office_zone()
    {
        var time = app.Services.GetRequiredService<OfficeTime>();
        var newest = (await Query.SearchAsync(new JournalFilter(PageSize: 1))).Items[0];
        var day = DateOnly.FromDateTime(time.Calendar.ToLocal(newest.At).DateTime);

        var page = await Query.SearchAsync(new JournalFilter(From: day, To: day, PageSize: 1000));

        page.Items.ShouldContain(r => r.Id == newest.Id);
        page.Items.ShouldAllBe(r => DateOnly.FromDateTime(time.Calendar.ToLocal(r.At).DateTime) == day);
        (await Query.SearchAsync(new JournalFilter(From: day.AddDays(1)))).Items.ShouldNotContain(r => r.Id == newest.Id);
    }
}
