using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Bench;

/// <summary>What a run of <see cref="TransitionsWorkload"/> did, and where its time went (summed over all officers).</summary>
public sealed record TransitionsTally(int Transitions, int Cases, int Skipped, int Conflicts, TimeSpan Elapsed, TimeSpan Load, TimeSpan Engine, TimeSpan Write,
    WriteTimings Parts)
{
    public double PerSecond => Transitions / Elapsed.TotalSeconds;
}

/// <summary>
/// The core loop of the transitions benchmark: officers, each carrying cases of their own step by step the way the app
/// does it — load the state, ask the interpreter, write the result in one durable transaction — until the time is up
/// or the officers together have done <c>maxTransitions</c>. A conflict is counted, not thrown: nobody else touches an
/// officer's cases, so any conflict is a defect the caller reports.
/// </summary>
public static class TransitionsWorkload
{
    public static async Task<TransitionsTally> RunAsync(IDbContextFactory<SopDeskDbContext> contexts, IReadOnlyList<SopDefinition> definitions, int officers,
        TimeSpan duration, int maxTransitions = int.MaxValue, CancellationToken ct = default)
    {
        var shared = new Shared(contexts, definitions, new WriteTimings(), duration, maxTransitions);
        var watch = Stopwatch.StartNew();
        var tallies = await Task.WhenAll(Enumerable.Range(0, officers).Select(i => Task.Run(() => OfficerAsync(shared, i, watch, ct), ct)));
        var elapsed = watch.Elapsed;
        return new TransitionsTally(tallies.Sum(t => t.Transitions), tallies.Sum(t => t.Cases), tallies.Sum(t => t.Skipped), tallies.Sum(t => t.Conflicts),
            elapsed, Sum(tallies, t => t.Load), Sum(tallies, t => t.Engine), Sum(tallies, t => t.Write), shared.Parts);
    }

    private sealed record Shared(IDbContextFactory<SopDeskDbContext> Contexts, IReadOnlyList<SopDefinition> Definitions, WriteTimings Parts, TimeSpan Duration,
        int MaxTransitions)
    {
        public int Done;
        public bool Enough(Stopwatch watch) => watch.Elapsed >= Duration || Volatile.Read(ref Done) >= MaxTransitions;
    }

    private sealed class Officer
    {
        public int Transitions, Cases, Skipped, Conflicts;
        public TimeSpan Load, Engine, Write;
    }

    private static TimeSpan Sum(IEnumerable<Officer> officers, Func<Officer, TimeSpan> part) => officers.Aggregate(TimeSpan.Zero, (sum, o) => sum + part(o));

    private static async Task<Officer> OfficerAsync(Shared shared, int index, Stopwatch watch, CancellationToken ct)
    {
        var tally = new Officer();
        var calendar = new WorkingCalendar(CalendarSettings.Default, []);
        var engine = new CaseInterpreter(calendar);
        var now = new DateTimeOffset(2026, 11, 16, 8, 0, 0, TimeSpan.FromHours(7));
        var phase = new Stopwatch();
        while (!shared.Enough(watch))
        {
            // Officers start at different SOPs, so 16 of them are not all on the same step at once.
            var definition = shared.Definitions[(index + tally.Cases + tally.Skipped) % shared.Definitions.Count];
            var caseId = Guid.CreateVersion7(now);
            if (await FirstStepValuesAsync(shared.Contexts, definition, ct) is not { } values)
            {
                tally.Skipped++; // e.g. a passport recommendation before any AK1 card has been signed in this run
                if (tally.Skipped > 10 * shared.Definitions.Count && tally.Cases == 0) throw new InvalidOperationException("every SOP was skipped");
                continue;
            }
            var result = engine.Start(definition, new StartCase(caseId, values, null), ActorFor(definition, definition.FirstStep), OfficeContext.Normal, now);
            while (result is Accepted accepted && !shared.Enough(watch))
            {
                // Each transition is a request of its own: a new context reads the state and writes the result.
                phase.Restart();
                await using (var db = await shared.Contexts.CreateDbContextAsync(ct))
                {
                    if (await new CaseStore(db) { Timings = shared.Parts }.ApplyAsync(accepted, definition, calendar.Zone, ct: ct) is not Applied)
                    {
                        tally.Conflicts++;
                        break;
                    }
                }
                tally.Write += phase.Elapsed;
                tally.Transitions++;
                Interlocked.Increment(ref shared.Done);
                now = now.AddMinutes(1);
                if (accepted.State.OpenItem is null) break;
                phase.Restart();
                await using var read = await shared.Contexts.CreateDbContextAsync(ct);
                var state = (await new CaseStore(read).LoadAsync(caseId, ct))!;
                tally.Load += phase.Elapsed;
                phase.Restart();
                var step = definition.Step(state.OpenItem!.StepId);
                var actor = ActorFor(definition, step);
                state = state.WithReaders([actor.UserId]); // a signer reads before signing
                var allowed = engine.AllowedActions(definition, state, actor, OfficeContext.Normal)[0];
                result = engine.Execute(definition, state, new CompleteStep(state.OpenItem!.Id, Choose(definition, step, allowed), FieldExamples.For(step), "catatan"),
                    actor, OfficeContext.Normal, now);
                tally.Engine += phase.Elapsed;
            }
            tally.Cases++;
        }
        return tally;
    }

    /// <summary>
    /// The example values of the first step, with each field that must cite a register line (503/49's AK1 number)
    /// given the newest signed line of that register written in this run; null while that register has none.
    /// </summary>
    private static async Task<ImmutableDictionary<string, string>?> FirstStepValuesAsync(IDbContextFactory<SopDeskDbContext> contexts, SopDefinition definition,
        CancellationToken ct)
    {
        var values = FieldExamples.For(definition.FirstStep);
        foreach (var field in definition.FirstStep.Fields.Where(f => f.Register is not null))
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var number = await db.RegisterEntries.Where(e => e.RegisterId == field.Register && e.SignedAt != null)
                .OrderByDescending(e => e.Year).ThenByDescending(e => e.Sequence).Select(e => e.Number).FirstOrDefaultAsync(ct);
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
