using SopDesk.Data.Entities;
using SopDesk.Data.Inbox;
using Microsoft.EntityFrameworkCore;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Data;

/// <summary>
/// The inbox's SQL against a plain in-memory reading of the same rules, over a random office: open items only,
/// in the officer's lanes or held by them, each view and filter, soonest due first with undated items last.
/// </summary>
public class OpenItemsQueryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(7));
    private static readonly string[] Lanes = ["|petugas-penerima|", "|pengadministrasi|", "|kasi|", "|kabid|sekretaris|", "|kepala-dinas|"];
    private static readonly string[] Officers = ["petugas-1", "petugas-2", "kasi-1", "kabid-1"];

    private static async Task<List<(CaseRecord Case, WorkItemRecord Item)>> SeedAsync(TempDatabase database)
    {
        var random = new Random(5);
        var rows = new List<(CaseRecord, WorkItemRecord)>();
        await using var db = database.NewContext();
        for (var i = 0; i < 300; i++)
        {
            var @case = new CaseRecord
            {
                Id = Guid.NewGuid(), Number = $"{(i % 2 == 0 ? "AK1" : "JHT")}/2026/{i:D6}", DefinitionId = i % 2 == 0 ? "503-48-ak1" : "503-44-jht",
                DefinitionHash = "h", DefinitionVersion = 1, Status = CaseStatus.Active, StartedAt = Now.AddDays(-10), ApplicantName = $"{(i % 3 == 0 ? "Siti" : "Budi")} {i}",
                Nik = $"167201{i:D10}", StartedByUserId = "petugas-1", UpdatedAt = Now,
            };
            var item = new WorkItemRecord
            {
                Id = Guid.NewGuid(), CaseId = @case.Id, DefinitionId = @case.DefinitionId, Sequence = 1, StepId = i % 4 == 0 ? "periksa" : "serahkan", LaneId = "lane", Roles = Lanes[random.Next(Lanes.Length)],
                Visit = 1, Status = random.NextDouble() < 0.7 ? WorkItemStatus.Open : WorkItemStatus.Done, ArrivedAt = Now.AddDays(-3).AddSeconds(i),
                DueAt = random.NextDouble() < 0.1 ? null : Now.AddMinutes(random.Next(-5000, 5000)).AddSeconds(i),
                HolderUserId = random.NextDouble() < 0.3 ? Officers[random.Next(Officers.Length)] : null,
            };
            @case.WorkItems.Add(item);
            db.Cases.Add(@case);
            rows.Add((@case, item));
        }
        await db.SaveChangesAsync();
        return rows;
    }

    /// <summary>The rules, read plainly.</summary>
    private static List<Guid> Expected(List<(CaseRecord Case, WorkItemRecord Item)> rows, InboxScope scope, InboxCriteria criteria) =>
        [.. rows.Where(r => r.Item.Status == WorkItemStatus.Open)
            .Where(r => r.Item.HolderUserId == scope.UserId || scope.Roles.Any(role => r.Item.Roles.Contains($"|{role}|")))
            .Where(r => criteria.StepId is null || r.Item.StepId == criteria.StepId)
            .Where(r => criteria.DefinitionId is null || r.Case.DefinitionId == criteria.DefinitionId)
            .Where(r => criteria.Search is not { } s || r.Case.Number.Contains(s) || r.Case.Nik == s || r.Case.ApplicantName.Contains(s))
            .Where(r => criteria.View switch
            {
                InboxView.Overdue => r.Item.DueAt < scope.Now,
                InboxView.Unclaimed => r.Item.HolderUserId is null,
                InboxView.Mine => r.Item.HolderUserId == scope.UserId,
                _ => true,
            })
            .OrderBy(r => r.Item.DueAt is null).ThenBy(r => r.Item.DueAt).ThenBy(r => r.Item.ArrivedAt)
            .Take(criteria.Take)
            .Select(r => r.Item.Id)];

    public static TheoryData<InboxView, string?, string?, string?> Filters => new()
    {
        { InboxView.All, null, null, null },
        { InboxView.Overdue, null, null, null },
        { InboxView.Unclaimed, null, null, null },
        { InboxView.Mine, null, null, null },
        { InboxView.All, "503-44-jht", null, null },
        { InboxView.All, null, "periksa", null },
        { InboxView.All, null, null, "Siti" },
        { InboxView.All, null, null, "AK1/2026/0000" },
        { InboxView.Overdue, "503-48-ak1", "serahkan", "Budi" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task The_query_lists_exactly_the_items_the_rules_give_in_due_order(InboxView view, string? definitionId, string? stepId, string? search)
    {
        await using var database = await TempDatabase.CreateAsync();
        var rows = await SeedAsync(database);
        // A short page ends among the dated items; a long one runs on into the undated ones.
        foreach (var (scope, take) in new[] { (new InboxScope("petugas-1", ["petugas-penerima"], Now), 1000), (new InboxScope("kabid-1", ["kabid", "kasi"], Now), 20) })
        {
            var criteria = new InboxCriteria(view, definitionId, stepId, search, take);
            await using var db = database.NewContext();
            var actual = (await OpenItemsQuery.ListAsync(db, scope, criteria)).Select(i => i.WorkItemId).ToList();
            var expected = Expected(rows, scope, criteria);
            expected.ShouldNotBeEmpty($"the seed should give {scope.UserId} something to list for {criteria}");
            actual.ShouldBe(expected);
        }
    }

    [Fact]
    public async Task A_role_matches_whole_role_names_only()
    {
        await using var database = await TempDatabase.CreateAsync();
        var rows = await SeedAsync(database);
        await using var db = database.NewContext();
        // "kabid" is in "|kabid|sekretaris|"; "sekre" is a fragment of a role, not a role.
        (await OpenItemsQuery.ListAsync(db, new InboxScope("nobody", ["sekre"], Now), new InboxCriteria())).ShouldBeEmpty();
        (await OpenItemsQuery.ListAsync(db, new InboxScope("nobody", ["sekretaris"], Now), new InboxCriteria(Take: 1000))).Count
            .ShouldBe(rows.Count(r => r.Item.Status == WorkItemStatus.Open && r.Item.Roles == "|kabid|sekretaris|"));
    }

    [Fact]
    public async Task The_nav_bar_counts_come_from_one_query_and_agree_with_the_lists()
    {
        await using var database = await TempDatabase.CreateAsync();
        var rows = await SeedAsync(database);
        var scope = new InboxScope("kasi-1", ["kasi"], Now);
        await using var db = database.NewContext();
        var counts = await OpenItemsQuery.CountAsync(db, scope);
        counts.ShouldBe(new InboxCounts(
            Expected(rows, scope, new InboxCriteria(Take: 1000)).Count,
            Expected(rows, scope, new InboxCriteria(InboxView.Overdue, Take: 1000)).Count,
            Expected(rows, scope, new InboxCriteria(InboxView.Mine, Take: 1000)).Count));
        counts.Total.ShouldBeGreaterThan(counts.Overdue);
        counts.Mine.ShouldBeGreaterThan(0);
    }
}
