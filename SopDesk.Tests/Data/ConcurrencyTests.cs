using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Data;

/// <summary>
/// Exactly once, on real SQLite: many rounds in which several officers act on the same open item at the
/// same moment, each through their own connection — two complete it, a third claims it.
/// </summary>
public class ConcurrencyTests
{
    private const int Rounds = 1000;
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    [Fact]
    public async Task Parallel_completions_and_a_claim_on_one_item_let_exactly_one_act_win_every_round()
    {
        await using var database = await TempDatabase.CreateAsync();
        var wins = new Dictionary<string, int>();
        for (var round = 0; round < Rounds; round++)
        {
            var driver = new CaseDriver("ak1");
            await using (var db = database.NewContext())
                (await new CaseStore(db).ApplyAsync(driver.Start(), driver.Definition, Wib)).ShouldBeOfType<Applied>();
            CaseState state;
            await using (var db = database.NewContext())
                state = (await new CaseStore(db).LoadAsync(driver.State!.CaseId)).ShouldNotBeNull();
            var item = state.OpenItem!.Id;

            var acts = new (string Name, CaseCommand Command)[]
            {
                ("Ani", CompleteStep.Of(item, "lengkap") with { Values = SampleValues.For(driver.Definition.Step("periksa")) }),
                ("Budi", CompleteStep.Of(item, "lengkap") with { Values = SampleValues.For(driver.Definition.Step("periksa")) }),
                ("Citra", new ClaimItem(item)),
            };
            var results = await Task.WhenAll(acts.Select(act => Task.Run(async () =>
            {
                var actor = Actor.Of($"user-{act.Name}", act.Name, "petugas-penerima");
                var decided = driver.Interpreter.Execute(driver.Definition, state, act.Command, actor, driver.Office, driver.Now);
                await using var db = database.NewContext();
                var store = new CaseStore(db);
                return (act.Name, Result: decided switch
                {
                    Accepted accepted => await store.ApplyAsync(accepted, driver.Definition, Wib),
                    HolderChanged changed => await store.ApplyHolderAsync(changed, Wib),
                    _ => throw new ShouldAssertException($"round {round}: {act.Name} was refused: {decided}"),
                });
            })));

            var winner = results.Where(r => r.Result is Applied).ShouldHaveSingleItem($"round {round}").Name;
            wins[winner] = wins.GetValueOrDefault(winner) + 1;
            foreach (var (name, result) in results.Where(r => r.Name != winner))
                result.ShouldBeOfType<Conflict>($"round {round}: {name}").Message.ShouldContain(winner);

            await using var check = database.NewContext();
            var items = await check.WorkItems.AsNoTracking().Where(w => w.CaseId == state.CaseId).OrderBy(w => w.Sequence).ToListAsync();
            var journal = await check.Journal.AsNoTracking().Where(j => j.CaseId == state.CaseId).ToListAsync();
            if (winner == "Citra")
            {
                items.Count.ShouldBe(2, $"round {round}: the claim leaves the check open");
                items[1].ShouldSatisfyAllConditions(w => w.Status.ShouldBe(WorkItemStatus.Open), w => w.HolderName.ShouldBe("Citra"));
                journal.Count(j => j.Action == nameof(JournalAction.Claimed)).ShouldBe(1);
            }
            else
            {
                items.Count.ShouldBe(3, $"round {round}: submission, check, data entry — no duplicate");
                items[1].ShouldSatisfyAllConditions(w => w.Status.ShouldBe(WorkItemStatus.Done), w => w.ActorName.ShouldBe(winner), w => w.HolderName.ShouldBeNull());
                journal.Count(j => j.StepId == "periksa").ShouldBe(1);
            }
            journal.Count.ShouldBe(3, $"round {round}: start, submission, and the one winning act");
        }
        // Every one of the three can win: the race is real, not decided by the order the tasks start.
        wins.Keys.Count.ShouldBeGreaterThan(1, string.Join(", ", wins.Select(w => $"{w.Key}={w.Value}")));
    }
}
