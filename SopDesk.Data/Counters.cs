namespace SopDesk.Data;

/// <summary>
/// The gap-free numbers (decision 043): a berkas's registration number and a register's line. One statement increments
/// the counter and returns its new value, inside the step's transaction: the row stays locked until the commit, so two
/// steps never take the same number on any provider, and a step rolled back (or a savepoint rolled back) gives its number
/// back. The same SQL runs on SQLite (≥ 3.35 for RETURNING) and PostgreSQL; EF's change tracker never sees the counters.
/// </summary>
internal static class Counters
{
    private const string NextCase = """
        INSERT INTO "CaseCounters" ("Prefix", "Year", "Last") VALUES (@prefix, @year, 1)
        ON CONFLICT ("Prefix", "Year") DO UPDATE SET "Last" = "CaseCounters"."Last" + 1
        RETURNING "Last"
        """;

    private const string NextLine = """
        INSERT INTO "RegisterCounters" ("RegisterId", "Year", "Last") VALUES (@register, @year, 1)
        ON CONFLICT ("RegisterId", "Year") DO UPDATE SET "Last" = "RegisterCounters"."Last" + 1
        RETURNING "Last"
        """;

    /// <summary>The next number of <paramref name="prefix"/> (the SOP) in <paramref name="year"/>, starting at 1.</summary>
    public static Task<int> NextCaseNumberAsync(SopDeskDbContext db, string prefix, int year, CancellationToken ct) =>
        CaseMapping.ScalarAsync<int>(db, NextCase, ct, ("@prefix", prefix), ("@year", year));

    /// <summary>The next line of register <paramref name="registerId"/> in <paramref name="year"/>, starting at 1.</summary>
    public static Task<int> NextRegisterLineAsync(SopDeskDbContext db, string registerId, int year, CancellationToken ct) =>
        CaseMapping.ScalarAsync<int>(db, NextLine, ct, ("@register", registerId), ("@year", year));
}
