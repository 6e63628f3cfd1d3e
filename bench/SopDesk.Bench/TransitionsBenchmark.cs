using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using SopDesk.Data;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Bench;

/// <summary>
/// Steps of real cases completed the way the app does it — load the state, ask the interpreter, write the
/// result in one durable transaction (WAL, synchronous=FULL) — against raw one-row SQLite transactions
/// measured in the same run on the same disk.
/// </summary>
public static class TransitionsBenchmark
{
    public static async Task RunAsync(bool quick)
    {
        var duration = TimeSpan.FromSeconds(quick ? 8 : 30);
        var folder = Path.Combine(Path.GetTempPath(), "sopdesk-bench");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"transitions-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={path}";
        try
        {
            var definitions = SopDefinitionLoader.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "workflows")).Definitions;
            await using (var setup = new SopDeskDbContext(SopDeskDatabase.Options(connectionString)))
            {
                await setup.MigrateAsync();
                await new DefinitionStore(setup).SyncAsync(definitions, DateTimeOffset.UtcNow);
            }

            // Pooled contexts, as the app registers them (AddSopDeskData).
            var contexts = new Microsoft.EntityFrameworkCore.Infrastructure.PooledDbContextFactory<SopDeskDbContext>(SopDeskDatabase.Options(connectionString));
            var calendar = new WorkingCalendar(CalendarSettings.Default, []);
            var engine = new CaseInterpreter(calendar);
            var now = new DateTimeOffset(2026, 11, 16, 8, 0, 0, TimeSpan.FromHours(7));
            var transitions = 0;
            var cases = 0;
            var skipped = 0;
            var (loadTime, engineTime, applyTime) = (TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
            var phase = new Stopwatch();
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < duration)
            {
                var definition = definitions[(cases + skipped) % definitions.Length];
                var caseId = Guid.CreateVersion7(now);
                if (await FirstStepValuesAsync(contexts, definition) is not { } values)
                {
                    skipped++; // e.g. a passport recommendation before any AK1 card has been signed in this run
                    continue;
                }
                var result = engine.Start(definition, new StartCase(caseId, values, null), ActorFor(definition, definition.FirstStep), OfficeContext.Normal, now);
                while (result is Accepted accepted)
                {
                    // Each transition is a request of its own: a new context reads the state and writes the result.
                    phase.Restart();
                    await using (var db = await contexts.CreateDbContextAsync())
                    {
                        if (await new CaseStore(db).ApplyAsync(accepted, definition, calendar.Zone) is not Applied)
                            throw new InvalidOperationException("unexpected conflict");
                    }
                    applyTime += phase.Elapsed;
                    transitions++;
                    now = now.AddMinutes(1);
                    if (accepted.State.OpenItem is null) break;
                    phase.Restart();
                    await using var read = await contexts.CreateDbContextAsync();
                    var state = (await new CaseStore(read).LoadAsync(caseId))!;
                    loadTime += phase.Elapsed;
                    phase.Restart();
                    var step = definition.Step(state.OpenItem!.StepId);
                    var actor = ActorFor(definition, step);
                    state = state.WithReaders([actor.UserId]); // a signer reads before signing
                    var allowed = engine.AllowedActions(definition, state, actor, OfficeContext.Normal)[0];
                    result = engine.Execute(definition, state, new CompleteStep(state.OpenItem!.Id, Choose(definition, step, allowed), FieldExamples.For(step), "catatan"), actor, OfficeContext.Normal, now);
                    engineTime += phase.Elapsed;
                }
                cases++;
            }
            var transitionsPerSecond = transitions / watch.Elapsed.TotalSeconds;
            var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
            Console.WriteLine($"per transition: load state {loadTime.TotalMilliseconds / transitions:F2} ms, interpreter {engineTime.TotalMilliseconds / transitions:F3} ms, write {applyTime.TotalMilliseconds / transitions:F2} ms");
            Console.WriteLine($"transitions: {transitions} steps of {cases} cases in {watch.Elapsed.TotalSeconds:F1} s (load state + interpreter + one durable transaction each)");

            var raw = RawSqliteTransactions.Measure(folder, duration);
            Console.WriteLine($"raw sqlite: one-row INSERT transactions, WAL + synchronous=FULL, {duration.TotalSeconds:F0} s");
            Console.WriteLine($"memory: peak working set {peakMb:F0} MB, managed heap {GC.GetTotalMemory(false) / (1024.0 * 1024.0):F0} MB");
            Console.WriteLine($"transitions_per_s={transitionsPerSecond:F0} raw_sqlite_tx_per_s={raw:F0} ratio={transitionsPerSecond / raw:F2}");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        }
    }

    /// <summary>
    /// The example values of the first step, with each field that must cite a register line (503/49's AK1 number)
    /// given the newest line of that register written in this run; null while that register is still empty.
    /// </summary>
    private static async Task<ImmutableDictionary<string, string>?> FirstStepValuesAsync(IDbContextFactory<SopDeskDbContext> contexts, SopDefinition definition)
    {
        var values = FieldExamples.For(definition.FirstStep);
        foreach (var field in definition.FirstStep.Fields.Where(f => f.Register is not null))
        {
            await using var db = await contexts.CreateDbContextAsync();
            var number = await db.RegisterEntries.Where(e => e.RegisterId == field.Register && e.SignedAt != null)
                .OrderByDescending(e => e.Year).ThenByDescending(e => e.Sequence).Select(e => e.Number).FirstOrDefaultAsync();
            if (number is null) return null;
            values = values.SetItem(field.Id, number);
        }
        return values;
    }

    private static Actor ActorFor(SopDefinition definition, Step step)
    {
        var role = definition.Lane(step.Lane).Roles[0];
        return Actor.Of($"bench-{role}", $"Bench {role}", role);
    }

    /// <summary>On to the next step where possible; a bounded repeat before that (two bipartite meetings).</summary>
    private static string? Choose(SopDefinition definition, Step step, AllowedAction allowed)
    {
        if (!step.HasOutcomes) return null;
        var options = step.Outcomes.Where(o => allowed.OutcomeIds.Contains(o.Id)).ToList();
        return (options.FirstOrDefault(o => o.Kind == OutcomeKind.Forward && !definition.IsEnd(o.Next))
            ?? options.FirstOrDefault(o => o.Kind == OutcomeKind.Repeat)
            ?? options.First(o => o.Kind == OutcomeKind.Forward)).Id;
    }
}
