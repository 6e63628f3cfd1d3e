namespace SopDesk.Tests.Data;

/// <summary>
/// The register lines' number index on the migrated schema (no ANALYZE statistics, as in the app): the API's document
/// check, which knows the number but not the register (decision 047), and the register's own lookup both search it;
/// neither scans every line.
/// </summary>
[Trait("Provider", "SqliteOnly")] // SQLite's query plans (EXPLAIN QUERY PLAN)
public sealed class RegisterEntryPlanTests
{
    [Theory]
    [InlineData("SELECT Number FROM RegisterEntries WHERE Number = '503/0001/2026' AND Document IS NOT NULL LIMIT 2")]
    [InlineData("SELECT Number FROM RegisterEntries WHERE RegisterId = 'register-ak1' AND Number = '503/0001/2026' ORDER BY Status LIMIT 1")]
    public async Task A_line_is_found_by_its_number_through_the_number_index(string sql)
    {
        await using var database = await TempDatabase.CreateAsync();
        var plan = await database.QueryPlanAsync(sql);

        plan.ShouldContain("INDEX IX_RegisterEntries_Number_RegisterId");
        plan.ShouldNotContain("SCAN RegisterEntries");
    }
}
