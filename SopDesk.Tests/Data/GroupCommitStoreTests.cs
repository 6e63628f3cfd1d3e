using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Data;

/// <summary>
/// Group commit (decision 034): step results that queue while another writer holds the file's write queue are written
/// by the next writer in one transaction, each in its own savepoint, and each caller is answered after that commit.
/// The tests hold the queue themselves, line the results up, then let go: no timing decides what is batched.
/// </summary>
[Trait("Provider", "SqliteOnly")] // SQLite's group commit (decision 034): PostgreSQL writes each step in its own transaction
public class GroupCommitStoreTests
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    [Fact]
    public async Task Results_queued_behind_another_writer_commit_together_and_each_caller_gets_its_own_answer()
    {
        await using var database = await TempDatabase.CreateAsync();
        var drivers = await StartedAsync(database, 5);
        var timings = new WriteTimings();

        var answers = await LinedUpAsync(database, drivers.Select(d => (d.Do("lengkap"), d)).ToList(), timings);

        answers.ShouldAllBe(a => a is Applied);
        timings.Commits.ShouldBe(1, "five results, one transaction");
        await using var check = database.NewContext();
        foreach (var driver in drivers)
        {
            var items = await check.WorkItems.AsNoTracking().Where(w => w.CaseId == driver.State!.CaseId).OrderBy(w => w.Sequence).ToListAsync();
            items.Select(w => w.Status).ShouldBe([WorkItemStatus.Done, WorkItemStatus.Done, WorkItemStatus.Open], "submission, check, data entry");
            (await check.Cases.AsNoTracking().SingleAsync(c => c.Id == driver.State!.CaseId)).CurrentStepId.ShouldBe(driver.State!.OpenItem!.StepId);
            (await check.Journal.CountAsync(j => j.CaseId == driver.State!.CaseId)).ShouldBe(3);
        }
    }

    [Fact]
    public async Task A_conflict_inside_a_batch_is_answered_to_its_caller_and_leaves_the_others_written()
    {
        await using var database = await TempDatabase.CreateAsync();
        var drivers = await StartedAsync(database, 3);
        var (before, contested, after) = (drivers[0], drivers[1], drivers[2]);
        // Two officers complete the same open item: the second one in the batch finds it done by the first.
        var state = contested.State!;
        var ani = Complete(contested, state, "Ani");
        var budi = Complete(contested, state, "Budi");
        var timings = new WriteTimings();

        var answers = await LinedUpAsync(database, [(before.Do("lengkap"), before), (ani, contested), (budi, contested), (after.Do("lengkap"), after)], timings);

        answers[0].ShouldBeOfType<Applied>();
        answers[1].ShouldBeOfType<Applied>();
        answers[2].ShouldBeOfType<Conflict>().ByName.ShouldBe("Ani");
        answers[3].ShouldBeOfType<Applied>();
        timings.Commits.ShouldBe(1);
        await using var check = database.NewContext();
        foreach (var driver in drivers)
            (await check.WorkItems.CountAsync(w => w.CaseId == driver.State!.CaseId)).ShouldBe(3, "no duplicate next step for the contested berkas");
        (await check.WorkItems.SingleAsync(w => w.CaseId == state.CaseId && w.Sequence == 2)).ActorName.ShouldBe("Ani");
        (await check.Journal.CountAsync(j => j.CaseId == state.CaseId)).ShouldBe(3, "start, submission, Ani's check — nothing of Budi's");
    }

    [Fact]
    public async Task A_result_that_fails_inside_a_batch_rolls_back_only_itself_and_its_caller_gets_the_error()
    {
        await using var database = await TempDatabase.CreateAsync();
        var drivers = await StartedAsync(database, 3);
        var broken = drivers[1].Do("lengkap");
        // It opens an item whose sequence the berkas already has: the unique index fails after its other statements ran.
        broken = broken with { Opened = broken.Opened! with { Sequence = 1 } };

        var answers = await LinedUpAsync(database, [(drivers[0].Do("lengkap"), drivers[0]), (broken, drivers[1]), (drivers[2].Do("lengkap"), drivers[2])],
            new WriteTimings(), expectFailureAt: 1);

        answers[0].ShouldBeOfType<Applied>();
        answers[2].ShouldBeOfType<Applied>();
        await using var check = database.NewContext();
        var failed = await check.WorkItems.AsNoTracking().Where(w => w.CaseId == broken.State.CaseId).OrderBy(w => w.Sequence).ToListAsync();
        failed.Select(w => w.Status).ShouldBe([WorkItemStatus.Done, WorkItemStatus.Open], "the check is still open, as before the failed write");
        failed[1].Version.ShouldBe(0);
        (await check.Journal.CountAsync(j => j.CaseId == broken.State.CaseId)).ShouldBe(2);
        (await check.WorkItems.CountAsync(w => w.CaseId == drivers[2].State!.CaseId)).ShouldBe(3);
    }

    [Fact]
    public async Task Case_numbers_stay_gap_free_when_starts_are_batched_and_one_of_them_fails_after_taking_a_number()
    {
        await using var database = await TempDatabase.CreateAsync();
        var first = new CaseDriver("jht");
        await using (var db = database.NewContext())
            (await new CaseStore(db).ApplyAsync(first.Start(), first.Definition, Wib)).ShouldBeOfType<Applied>();
        var starts = Enumerable.Range(0, 12).Select(_ => new CaseDriver("jht")).Select(d => (d.Start(), d)).ToList();
        // Its first item reuses the stored one's id: the insert fails after the counter was advanced for it.
        var stored = await FirstItemIdAsync(database, first);
        var (clash, clashDriver) = starts[5];
        starts[5] = (clash with { Closed = clash.Closed! with { Item = clash.Closed.Item with { Id = stored } } }, clashDriver);

        var answers = await LinedUpAsync(database, starts, new WriteTimings(), expectFailureAt: 5);

        var numbers = answers.Where(a => a is not null).Select(a => a.ShouldBeOfType<Applied>().NewCaseNumber!).ToList();
        numbers.ShouldBe(Enumerable.Range(2, 11).Select(n => $"JHT/2026/{n:000000}"), "in queue order, the failed start's number given to the next");
        await using var check = database.NewContext();
        (await check.Cases.CountAsync()).ShouldBe(12);
        (await check.CaseCounters.SingleAsync()).Last.ShouldBe(12);
    }

    private static async Task<Guid> FirstItemIdAsync(TempDatabase database, CaseDriver driver)
    {
        await using var db = database.NewContext();
        return await db.WorkItems.Where(w => w.CaseId == driver.State!.CaseId && w.Sequence == 1).Select(w => w.Id).SingleAsync();
    }

    private static Accepted Complete(CaseDriver driver, CaseState state, string officer)
    {
        var actor = Actor.Of($"user-{officer}", officer, "petugas-penerima");
        return (Accepted)driver.Interpreter.Execute(driver.Definition, state,
            CompleteStep.Of(state.OpenItem!.Id, "lengkap") with { Values = SampleValues.For(driver.Definition.Step("periksa")) }, actor, driver.Office, driver.Now);
    }

    private static async Task<List<CaseDriver>> StartedAsync(TempDatabase database, int count)
    {
        var drivers = new List<CaseDriver>();
        for (var i = 0; i < count; i++)
        {
            var driver = new CaseDriver("ak1");
            await using var db = database.NewContext();
            (await new CaseStore(db).ApplyAsync(driver.Start(), driver.Definition, Wib)).ShouldBeOfType<Applied>();
            drivers.Add(driver);
        }
        return drivers;
    }

    /// <summary>
    /// Holds the file's write queue as another writer would, submits the results one after another (each from its own
    /// context, like separate requests) so they queue in this order, lets go, and returns each caller's answer
    /// (null for the one expected to throw a <see cref="DbUpdateException"/>).
    /// </summary>
    private static async Task<ApplyResult?[]> LinedUpAsync(TempDatabase database, IReadOnlyList<(Accepted Result, CaseDriver Driver)> results,
        WriteTimings timings, int expectFailureAt = -1)
    {
        await using var probe = database.NewContext();
        var gate = WriteGate.For(probe);
        await gate.Lock.WaitAsync();
        var calls = new List<Task<ApplyResult>>();
        try
        {
            foreach (var (result, driver) in results)
            {
                calls.Add(Task.Run(async () =>
                {
                    await using var db = database.NewContext();
                    return await new CaseStore(db) { Timings = timings }.ApplyAsync(result, driver.Definition, Wib);
                }));
                await UntilAsync(() => gate.Pending.Count == calls.Count);
            }
            calls.ShouldAllBe(c => !c.IsCompleted, "nobody is answered while another writer holds the queue");
        }
        finally
        {
            gate.Lock.Release();
        }
        var answers = new ApplyResult?[calls.Count];
        for (var i = 0; i < calls.Count; i++)
        {
            if (i == expectFailureAt) await Should.ThrowAsync<DbUpdateException>(() => calls[i]);
            else answers[i] = await calls[i];
        }
        return answers;
    }

    /// <summary>Waits for a condition another task brings about; fails instead of hanging.</summary>
    private static async Task UntilAsync(Func<bool> condition)
    {
        for (var tries = 0; !condition(); tries++)
        {
            if (tries > 30_000) throw new ShouldAssertException("the result never queued");
            await Task.Delay(1);
        }
    }
}
