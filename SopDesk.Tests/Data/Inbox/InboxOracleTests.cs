using SopDesk.Data.Entities;
using SopDesk.Data.Inbox;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Data.Inbox;

/// <summary>
/// The inbox's reshaped SQL (search matched once against the open berkas, counts as one SUM query) against a plain
/// in-memory reading of the rules, over an office with history: closed berkas whose names also match a search,
/// berkas waiting on the pemohon (no due time), items disposed to an officer outside their lanes, a Kasi's scope
/// widened by a Plh role, and items due exactly now, just before and just after.
/// </summary>
public class InboxOracleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(7));
    private static readonly string[] Lanes = ["|petugas-penerima|", "|pengadministrasi|", "|kasi|", "|kabid|sekretaris|", "|kepala-dinas|"];
    private static readonly string[] Officers = ["petugas-1", "petugas-2", "kasi-1", "kabid-1", "sekre-1"];
    private static readonly string[] Names = ["Siti Aminah", "Budi Santoso", "Dewi Lestari", "Siti Rahmawati", "Agus Pratama"];

    /// <summary>The officers whose inboxes are compared: own lanes, a Plh role on top, a role in a two-role lane, and held items only.</summary>
    public static TheoryData<string, string[]> Scopes => new()
    {
        { "petugas-1", ["petugas-penerima"] },
        { "kasi-1", ["kasi", "kabid"] },
        { "sekre-1", ["sekretaris"] },
        { "sekre-1", [] },
    };

    private static readonly (InboxView View, string? Definition, string? Step, string? Search)[] Filters =
    [
        (InboxView.All, null, null, null),
        (InboxView.Overdue, null, null, null),
        (InboxView.Unclaimed, null, null, null),
        (InboxView.Mine, null, null, null),
        (InboxView.All, "503-44-jht", null, null),
        (InboxView.All, null, "periksa", null),
        (InboxView.All, null, null, "Siti"),
        (InboxView.All, null, null, "siti"),
        (InboxView.All, null, null, "AK1/2026/0001"),
        (InboxView.All, null, null, "1672010000000043"),
        (InboxView.Overdue, null, null, "Aminah"),
        (InboxView.Mine, null, null, "Budi"),
        (InboxView.Unclaimed, "503-48-ak1", "serahkan", "a"),
        (InboxView.All, null, null, "tidak ada"),
    ];

    private sealed record Row(CaseRecord Case, WorkItemRecord Item);

    private static async Task<List<Row>> SeedAsync(TempDatabase database)
    {
        var random = new Random(16);
        var rows = new List<Row>();
        await using var db = database.NewContext();
        for (var i = 0; i < 400; i++)
        {
            var status = (i % 5) switch { 0 => CaseStatus.Closed, 1 => CaseStatus.WaitingOnApplicant, _ => CaseStatus.Active };
            var @case = new CaseRecord
            {
                Id = Guid.NewGuid(), Number = $"{(i % 2 == 0 ? "AK1" : "JHT")}/2026/{i:D6}", DefinitionId = i % 2 == 0 ? "503-48-ak1" : "503-44-jht",
                DefinitionHash = "h", DefinitionVersion = 1, Status = status, StartedAt = Now.AddDays(-10), ApplicantName = Names[i % Names.Length],
                Nik = i % 7 == 0 ? null : $"167201{i:D10}", StartedByUserId = "petugas-1", UpdatedAt = Now,
            };
            // History first (done steps, in any lane), then the one open item unless the berkas is closed.
            var count = 1 + random.Next(3);
            for (var s = 1; s <= count; s++)
            {
                var open = s == count && status != CaseStatus.Closed;
                var item = new WorkItemRecord
                {
                    Id = Guid.NewGuid(), CaseId = @case.Id, DefinitionId = @case.DefinitionId, Sequence = s, StepId = (i + s) % 3 == 0 ? "periksa" : "serahkan",
                    LaneId = "lane", Roles = status == CaseStatus.WaitingOnApplicant && open ? "|petugas-penerima|" : Lanes[random.Next(Lanes.Length)], Visit = 1,
                    Status = open ? WorkItemStatus.Open : WorkItemStatus.Done, ArrivedAt = Now.AddDays(-3).AddSeconds(i * 10 + s),
                    DueAt = status == CaseStatus.WaitingOnApplicant && open ? null : DueOf(i, random),
                    DoneAt = open ? null : Now.AddDays(-2),
                };
                // Claimed in the officer's lane, or disposed to someone whatever the lane (a disposisi crosses lanes).
                if (random.NextDouble() < 0.35)
                    (item.HolderUserId, item.HolderName, item.HoldKind) = (Officers[random.Next(Officers.Length)], "Pegawai", random.NextDouble() < 0.5 ? "Claim" : "Disposition");
                @case.WorkItems.Add(item);
                rows.Add(new Row(@case, item));
            }
            db.Cases.Add(@case);
        }
        await db.SaveChangesAsync();
        return rows;
    }

    /// <summary>Some items fall due exactly now, a millisecond before or a millisecond after: the overdue boundary.</summary>
    private static DateTimeOffset DueOf(int i, Random random) => (i % 11) switch
    {
        3 => Now,
        4 => Now.AddMilliseconds(-1),
        5 => Now.AddMilliseconds(1),
        _ => Now.AddMinutes(random.Next(-5000, 5000)).AddSeconds(i),
    };

    private static IEnumerable<Row> Mine(List<Row> rows, InboxScope scope) =>
        rows.Where(r => r.Item.Status == WorkItemStatus.Open)
            .Where(r => r.Item.HolderUserId == scope.UserId || scope.Roles.Any(role => r.Item.Roles.Contains($"|{role}|", StringComparison.OrdinalIgnoreCase)));

    /// <summary>The rules, read plainly (SQLite's instr is case-sensitive; its LIKE is not, for ASCII).</summary>
    private static List<Guid> Expected(List<Row> rows, InboxScope scope, InboxCriteria criteria) =>
        [.. Mine(rows, scope)
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

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task Every_filter_lists_the_items_the_rules_give_in_due_order(string userId, string[] roles)
    {
        await using var database = await TempDatabase.CreateAsync();
        var rows = await SeedAsync(database);
        var scope = new InboxScope(userId, roles, Now);
        var listed = 0;
        foreach (var (view, definition, step, search) in Filters)
            foreach (var take in new[] { 1000, 7 })
            {
                var criteria = new InboxCriteria(view, definition, step, search, take);
                await using var db = database.NewContext();
                var actual = await OpenItemsQuery.ListAsync(db, scope, criteria);
                actual.Select(i => i.WorkItemId).ToList().ShouldBe(Expected(rows, scope, criteria), $"{userId} {criteria}");
                actual.ShouldAllBe(i => rows.Single(r => r.Item.Id == i.WorkItemId).Case.Id == i.CaseId);
                listed += actual.Count;
            }
        listed.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_inbox_lists_one_page_and_the_next_page_continues_it()
    {
        await using var database = await TempDatabase.CreateAsync();
        var rows = await SeedAsync(database);
        var scope = new InboxScope("petugas-1", [.. Lanes.SelectMany(l => l.Split('|', StringSplitOptions.RemoveEmptyEntries))], Now);
        Mine(rows, scope).Count().ShouldBeGreaterThan(2 * InboxCriteria.PageSize);
        await using var db = database.NewContext();
        var first = await OpenItemsQuery.ListAsync(db, scope, new InboxCriteria());
        var two = await OpenItemsQuery.ListAsync(db, scope, new InboxCriteria(Take: 2 * InboxCriteria.PageSize));
        first.Count.ShouldBe(InboxCriteria.PageSize);
        two.Count.ShouldBe(2 * InboxCriteria.PageSize);
        two.Take(InboxCriteria.PageSize).Select(i => i.WorkItemId).ShouldBe(first.Select(i => i.WorkItemId));
    }

    [Fact]
    public async Task An_item_due_exactly_now_is_not_overdue_and_one_due_a_millisecond_ago_is()
    {
        await using var database = await TempDatabase.CreateAsync();
        var rows = await SeedAsync(database);
        var scope = new InboxScope("petugas-1", [.. Lanes.SelectMany(l => l.Split('|', StringSplitOptions.RemoveEmptyEntries))], Now);
        await using var db = database.NewContext();
        var overdue = (await OpenItemsQuery.ListAsync(db, scope, new InboxCriteria(InboxView.Overdue, Take: 1000))).Select(i => i.WorkItemId).ToHashSet();
        var open = rows.Where(r => r.Item.Status == WorkItemStatus.Open).ToList();
        open.Where(r => r.Item.DueAt == Now).ShouldNotBeEmpty();
        open.Where(r => r.Item.DueAt == Now).ShouldAllBe(r => !overdue.Contains(r.Item.Id));
        open.Where(r => r.Item.DueAt == Now.AddMilliseconds(1)).ShouldAllBe(r => !overdue.Contains(r.Item.Id));
        open.Where(r => r.Item.DueAt == Now.AddMilliseconds(-1)).ShouldNotBeEmpty();
        open.Where(r => r.Item.DueAt == Now.AddMilliseconds(-1)).ShouldAllBe(r => overdue.Contains(r.Item.Id));
        (await OpenItemsQuery.CountAsync(db, scope)).Overdue.ShouldBe(overdue.Count);
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task The_counts_are_the_lengths_of_the_lists(string userId, string[] roles)
    {
        await using var database = await TempDatabase.CreateAsync();
        var rows = await SeedAsync(database);
        var scope = new InboxScope(userId, roles, Now);
        await using var db = database.NewContext();
        var counts = await OpenItemsQuery.CountAsync(db, scope);
        var mine = Mine(rows, scope).ToList();
        counts.ShouldBe(new InboxCounts(mine.Count, mine.Count(r => r.Item.DueAt < Now), mine.Count(r => r.Item.HolderUserId == userId)));
        counts.Total.ShouldBe((await OpenItemsQuery.ListAsync(db, scope, new InboxCriteria(Take: 10_000))).Count);
        counts.Overdue.ShouldBe((await OpenItemsQuery.ListAsync(db, scope, new InboxCriteria(InboxView.Overdue, Take: 10_000))).Count);
        counts.Mine.ShouldBe((await OpenItemsQuery.ListAsync(db, scope, new InboxCriteria(InboxView.Mine, Take: 10_000))).Count);
        counts.Mine.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task An_officer_with_no_items_counts_zero()
    {
        await using var database = await TempDatabase.CreateAsync();
        await SeedAsync(database);
        await using var db = database.NewContext();
        (await OpenItemsQuery.CountAsync(db, new InboxScope("nobody", ["no-such-role"], Now))).ShouldBe(new InboxCounts(0, 0, 0));
    }
}
