using Microsoft.Data.Sqlite;

namespace SopDesk.Tests.Data.Inbox;

/// <summary>
/// What SQLite's planner does with the inbox indexes on the migrated schema (no ANALYZE statistics, as in the app):
/// the search scans only the open berkas' index, the counts read only the inbox index, and a berkas's open item is
/// still found through its own index — a wider inbox index once made SQLite scan every open item for it.
/// </summary>
public class InboxQueryPlanTests
{
    private static async Task<string> PlanAsync(TempDatabase database, string sql)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
        return string.Join("\n", lines);
    }

    [Fact]
    public async Task The_search_scans_the_open_berkas_index_and_walks_the_inbox_in_due_order()
    {
        await using var database = await TempDatabase.CreateAsync();
        var plan = await PlanAsync(database, """
            SELECT w.Id FROM WorkItems AS w
            WHERE w.Status = 'Open' AND (w.HolderUserId = 'u' OR w.Roles LIKE '%|kasi|%') AND w.DueAt IS NOT NULL
              AND w.CaseId IN (SELECT c.Id FROM Cases AS c WHERE c.Status <> 'Closed' AND (instr(c.Number, 'Siti') > 0 OR c.Nik = 'Siti' OR instr(c.ApplicantName, 'Siti') > 0))
            ORDER BY w.DueAt, w.ArrivedAt LIMIT 200
            """);
        plan.ShouldContain("COVERING INDEX IX_Cases_Open_Search");
        plan.ShouldContain("USING INDEX IX_WorkItems_Open_Inbox");
        plan.ShouldNotContain("TEMP B-TREE");
    }

    [Fact]
    public async Task The_counts_read_the_inbox_index_only()
    {
        await using var database = await TempDatabase.CreateAsync();
        var plan = await PlanAsync(database, """
            SELECT COUNT(*), SUM(w.DueAt < 0), SUM(w.HolderUserId = 'u') FROM WorkItems AS w
            WHERE w.Status = 'Open' AND (w.HolderUserId = 'u' OR w.Roles LIKE '%|kasi|%')
            """);
        plan.ShouldContain("COVERING INDEX IX_WorkItems_Open_Inbox");
    }

    [Fact]
    public async Task A_berkas_open_item_is_found_through_its_berkas_not_by_scanning_open_items()
    {
        await using var database = await TempDatabase.CreateAsync();
        var plan = await PlanAsync(database, "SELECT * FROM WorkItems WHERE CaseId = 'x' AND Status = 'Open' LIMIT 1");
        plan.ShouldContain("IX_WorkItems_CaseId_Sequence");
        var update = await PlanAsync(database, "UPDATE WorkItems SET Version = Version + 1 WHERE CaseId = 'x' AND Status = 'Open'");
        update.ShouldContain("IX_WorkItems_CaseId_Sequence");
    }
}
