using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.Inbox;

namespace SopDesk.Tests.Data.Inbox;

/// <summary>
/// What SQLite's planner does with the inbox indexes on the migrated schema (no ANALYZE statistics, as in the app):
/// the search scans only the open berkas' index, a search matching few berkas starts from them (the SQL the app sends),
/// the counts read only the inbox index, and a berkas's open item is still found through its own index — a wider
/// inbox index once made SQLite scan every open item for it.
/// </summary>
[Trait("Provider", "SqliteOnly")] // SQLite's query plans (EXPLAIN QUERY PLAN)
public class InboxQueryPlanTests
{
    [Fact]
    public async Task A_search_first_reads_its_matching_berkas_from_the_open_berkas_index()
    {
        await using var database = await TempDatabase.CreateAsync();
        var plan = await database.QueryPlanAsync("""
            SELECT c.Id FROM Cases AS c
            WHERE c.Status <> 'Closed' AND (instr(c.Number, 'Siti') > 0 OR c.Nik = 'Siti' OR instr(c.ApplicantName, 'Siti') > 0) LIMIT 201
            """);
        plan.ShouldContain("SCAN c USING COVERING INDEX IX_Cases_Open_Search");
    }

    /// <summary>Open berkas named "Siti Aminah", each with one open item in the kasi lane.</summary>
    private static async Task SeedAsync(TempDatabase database, int count)
    {
        await using var db = database.NewContext();
        for (var i = 0; i < count; i++)
        {
            var @case = new CaseRecord
            {
                Id = Guid.NewGuid(), Number = $"AK1/2026/{i:D6}", DefinitionId = "503-48-ak1", DefinitionHash = "h", DefinitionVersion = 1, Status = SopDesk.Workflows.Engine.CaseStatus.Active,
                StartedAt = DateTimeOffset.UnixEpoch, ApplicantName = "Siti Aminah", StartedByUserId = "u", UpdatedAt = DateTimeOffset.UnixEpoch,
            };
            @case.WorkItems.Add(new WorkItemRecord
            {
                Id = Guid.NewGuid(), CaseId = @case.Id, DefinitionId = @case.DefinitionId, Sequence = 1, StepId = "periksa", LaneId = "lane", Roles = "|kasi|", Visit = 1,
                Status = WorkItemStatus.Open, ArrivedAt = DateTimeOffset.UnixEpoch, DueAt = DateTimeOffset.UnixEpoch.AddDays(i % 3),
            });
            db.Cases.Add(@case);
        }
        await db.SaveChangesAsync();
    }

    /// <summary>The plan of each statement the app sends on the work items for one list query.</summary>
    private static async Task<List<string>> AppPlansAsync(TempDatabase database, InboxCriteria criteria)
    {
        var sent = new List<string>();
        var options = new DbContextOptionsBuilder<SopDeskDbContext>(SopDeskDatabase.Options(database.ConnectionString))
            .LogTo(sent.Add, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]).Options;
        await using (var db = new SopDeskDbContext(options))
            await OpenItemsQuery.ListAsync(db, new InboxScope("u", ["kasi"], DateTimeOffset.UnixEpoch.AddDays(1)), criteria);
        var plans = new List<string>();
        foreach (var sql in sent.Select(m => m[m.IndexOf("SELECT", StringComparison.Ordinal)..]).Where(m => m.Contains("\"WorkItems\"")))
            plans.Add(await database.QueryPlanAsync(Regex.Replace(sql, "@[A-Za-z_0-9]+", "NULL")));
        return plans;
    }

    [Theory]
    [InlineData(InboxView.All, null)]
    [InlineData(InboxView.Overdue, null)]
    [InlineData(InboxView.Mine, "periksa")]
    [InlineData(InboxView.Unclaimed, "periksa")]
    public async Task A_search_matching_few_berkas_starts_from_their_items_whatever_the_view(InboxView view, string? step)
    {
        await using var database = await TempDatabase.CreateAsync();
        await SeedAsync(database, 3);
        var plans = await AppPlansAsync(database, new InboxCriteria(view, StepId: step, Search: "Siti"));
        plans.Count.ShouldBe(1); // one sorted query for both halves of the page
        plans[0].ShouldContain("IX_WorkItems_CaseId_Sequence (CaseId=?)");
        plans[0].ShouldNotContain("IX_WorkItems_Open_Inbox");
    }

    [Fact]
    public async Task A_search_matching_many_berkas_walks_the_inbox_in_due_order()
    {
        await using var database = await TempDatabase.CreateAsync();
        await SeedAsync(database, OpenItemsQuery.FewBerkas + 1);
        var plans = await AppPlansAsync(database, new InboxCriteria(Search: "Siti", Take: 5));
        plans.Count.ShouldBe(1); // the dated half fills the page
        // Each walked item's berkas by its key, its text tested there: no scan of every open berkas' text, no sort.
        plans[0].ShouldContain("USING INDEX IX_WorkItems_Open_Inbox");
        plans[0].ShouldContain("SEARCH c USING INDEX sqlite_autoindex_Cases_1 (Id=?)");
        plans[0].ShouldNotContain("IX_Cases_Open_Search");
        plans[0].ShouldNotContain("TEMP B-TREE");
    }

    [Fact]
    public async Task The_counts_read_the_inbox_index_only()
    {
        await using var database = await TempDatabase.CreateAsync();
        var plan = await database.QueryPlanAsync("""
            SELECT COUNT(*), SUM(w.DueAt < 0), SUM(w.HolderUserId = 'u') FROM WorkItems AS w
            WHERE w.Status = 'Open' AND (w.HolderUserId = 'u' OR w.Roles LIKE '%|kasi|%')
            """);
        plan.ShouldContain("COVERING INDEX IX_WorkItems_Open_Inbox");
    }

    [Fact]
    public async Task A_berkas_open_item_is_found_through_its_berkas_not_by_scanning_open_items()
    {
        await using var database = await TempDatabase.CreateAsync();
        var plan = await database.QueryPlanAsync("SELECT * FROM WorkItems WHERE CaseId = 'x' AND Status = 'Open' LIMIT 1");
        plan.ShouldContain("IX_WorkItems_CaseId_Sequence");
        var update = await database.QueryPlanAsync("UPDATE WorkItems SET Version = Version + 1 WHERE CaseId = 'x' AND Status = 'Open'");
        update.ShouldContain("IX_WorkItems_CaseId_Sequence");
    }
}
