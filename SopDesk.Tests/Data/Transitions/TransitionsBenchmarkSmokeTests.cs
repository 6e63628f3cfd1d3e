extern alias bench;
using bench::SopDesk.Bench;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Data.Transitions;

/// <summary>
/// The transitions benchmark's own loop, run briefly on a temp SQLite file: it must keep running from a fresh database
/// (every SOP, including the ones whose first step cites a register line) with one officer and with many at once.
/// Not timed: the figures live in the benchmark.
/// </summary>
[Trait("Provider", "SqliteOnly")] // the benchmark's own fresh SQLite file
public class TransitionsBenchmarkSmokeTests
{
    private static readonly SopDefinition[] Definitions =
        SopDefinitionLoader.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "workflows")).Definitions.ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task The_benchmark_loop_completes_steps_without_a_conflict(int officers)
    {
        var folder = Path.Combine(Path.GetTempPath(), "sopdesk-test-bench");
        Directory.CreateDirectory(folder);

        var tally = await TransitionsBenchmark.RunOnFreshDatabaseAsync(folder, Definitions, officers, TimeSpan.FromMinutes(2), maxTransitions: 60);

        tally.Transitions.ShouldBeGreaterThanOrEqualTo(60);
        tally.Conflicts.ShouldBe(0);
        tally.Cases.ShouldBeGreaterThan(1);
    }
}
