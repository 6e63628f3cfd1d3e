extern alias bench;
using bench::SopDesk.Bench;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Data.Transitions;

/// <summary>
/// <c>transitions --provider postgres</c>'s own pieces on a tiny workload, on the server test.sh started: the workload on
/// a fresh migrated database without a conflict, and the raw one-row baseline. PostgreSQL only (the SQLite mode has
/// <see cref="TransitionsBenchmarkSmokeTests"/>); the two node processes are the bench's, not run here (the test host
/// cannot start the bench's executable).
/// </summary>
public class PostgresTransitionsBenchmarkSmokeTests
{
    private static readonly SopDefinition[] Definitions =
        SopDefinitionLoader.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "workflows")).Definitions.ToArray();

    [PostgresFact]
    public async Task The_postgres_mode_completes_steps_without_a_conflict_and_measures_raw_transactions()
    {
        await using var server = ThrowawayPostgres.On(Environment.GetEnvironmentVariable("SOPDESK_TEST_PG")!);

        var tally = await PostgresTransitionsBenchmark.RunOnFreshDatabaseAsync(server, Definitions, 4, TimeSpan.FromMinutes(2), maxTransitions: 60);
        var raw = await RawPostgresTransactions.MeasureAsync(await server.NewDatabaseAsync("raw"), TimeSpan.FromSeconds(1));

        tally.Transitions.ShouldBeGreaterThanOrEqualTo(60);
        tally.Conflicts.ShouldBe(0);
        raw.ShouldBeGreaterThan(0);
    }
}

/// <summary>A fact that runs only when this test run's databases are PostgreSQL (<see cref="TempDatabase.OnPostgres"/>).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TempDatabase.OnPostgres) Skip = "PostgreSQL only: runs when test.sh sets SOPDESK_TEST_PROVIDER=postgres";
    }
}
