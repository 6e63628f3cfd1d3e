using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Data;

public class CaseStoreTests
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    private static async Task<Applied> ApplyAsync(TempDatabase database, Accepted result, CaseDriver driver)
    {
        await using var db = database.NewContext();
        return (await new CaseStore(db).ApplyAsync(result, driver.Definition, Wib, "127.0.0.1")).ShouldBeOfType<Applied>();
    }

    private static async Task<CaseState> LoadAsync(TempDatabase database, Guid caseId)
    {
        await using var db = database.NewContext();
        return (await new CaseStore(db).LoadAsync(caseId)).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_migrations_create_every_table_on_an_empty_database()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.NewContext();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Cases.CountAsync()).ShouldBe(0);
        if (!TempDatabase.OnPostgres) (await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync()).Single().ShouldBe("wal");
    }

    [Fact]
    public async Task Case_and_item_statuses_are_typed_in_code_and_stored_by_the_same_names_as_before()
    {
        await using var database = await TempDatabase.CreateAsync();
        var driver = new CaseDriver("ak1");
        var started = driver.Start();
        await ApplyAsync(database, started, driver);

        await using var db = database.NewContext();
        (await db.Cases.SingleAsync()).Status.ShouldBe(CaseStatus.Active);
        (await db.Cases.CountAsync(c => c.Status != CaseStatus.Closed)).ShouldBe(1);
        (await db.Database.SqlQueryRaw<string>("SELECT \"Status\" AS \"Value\" FROM \"Cases\"").ToListAsync()).ShouldBe(["Active"]);
        (await db.Database.SqlQueryRaw<string>("SELECT \"Status\" AS \"Value\" FROM \"WorkItems\" ORDER BY \"Sequence\"").ToListAsync()).ShouldBe(["Done", "Open"]);
    }

    [Fact]
    public async Task A_case_round_trips_through_the_database()
    {
        await using var database = await TempDatabase.CreateAsync();
        var driver = new CaseDriver("ak1");
        var started = driver.Start();

        var applied = await ApplyAsync(database, started, driver);
        applied.NewCaseNumber.ShouldBe("AK1/2026/000001");

        var loaded = await LoadAsync(database, started.State.CaseId);
        loaded.Status.ShouldBe(started.State.Status);
        loaded.Data.ShouldBe(started.State.Data);
        loaded.Visits.ShouldBe(started.State.Visits);
        loaded.OpenItem.ShouldBe(started.State.OpenItem);
        loaded.StartedAt.ShouldBe(started.State.StartedAt);

        await using var db = database.NewContext();
        var row = await db.Cases.SingleAsync();
        row.ApplicantName.ShouldBe(started.State.Data["nama"]);
        row.Nik.ShouldBe(SampleValues.ValidNik);
        (await db.WorkItems.CountAsync()).ShouldBe(2); // the submission (done) and the check (open)
        (await db.Journal.Select(j => j.Action).ToListAsync()).ShouldBe(["CaseStarted", "StepCompleted"]);
    }

    [Fact]
    public async Task A_whole_case_is_stored_step_by_step_and_read_back_between_steps()
    {
        await using var database = await TempDatabase.CreateAsync();
        var driver = new CaseDriver("ak1");
        await ApplyAsync(database, driver.Start(), driver);
        foreach (var outcome in new string?[] { "lengkap", null, "paraf", "tandatangan", null })
        {
            // Each step starts from the state read back from the database, as a new request would.
            var fresh = await LoadAsync(database, driver.State!.CaseId);
            fresh.OpenItem.ShouldBe(driver.State.OpenItem);
            await ApplyAsync(database, driver.Do(outcome), driver);
        }

        var final = await LoadAsync(database, driver.State!.CaseId);
        final.Status.ShouldBe(CaseStatus.Closed);
        final.EndId.ShouldBe("selesai");
        final.OpenItem.ShouldBeNull();
        await using var db = database.NewContext();
        (await db.WorkItems.CountAsync(w => w.Status == WorkItemStatus.Open)).ShouldBe(0);
        (await db.WorkItems.Where(w => w.StepId == "tandatangan").Select(w => w.ActingAs).SingleAsync()).ShouldBe("kabid");
    }

    [Fact]
    public async Task Two_concurrent_completions_of_one_item_give_exactly_one_success_every_time()
    {
        await using var database = await TempDatabase.CreateAsync();
        for (var round = 0; round < 200; round++)
        {
            var driver = new CaseDriver("ak1");
            await ApplyAsync(database, driver.Start(), driver);
            var state = await LoadAsync(database, driver.State!.CaseId);

            // Two officers, each with their own connection, decide on the same open item at once.
            var officers = new[] { "Ani", "Budi" };
            var results = await Task.WhenAll(officers.Select(name => Task.Run(async () =>
            {
                var actor = Actor.Of($"user-{name}", name, "petugas-penerima");
                var accepted = (Accepted)driver.Interpreter.Execute(driver.Definition, state,
                    CompleteStep.Of(state.OpenItem!.Id, "lengkap") with { Values = SampleValues.For(driver.Definition.Step("periksa")) }, actor, driver.Office, driver.Now);
                await using var db = database.NewContext();
                return await new CaseStore(db).ApplyAsync(accepted, driver.Definition, Wib);
            })));

            results.OfType<Applied>().Count().ShouldBe(1, $"round {round}");
            var conflict = results.OfType<Conflict>().Single();
            conflict.Message.ShouldStartWith("Langkah ini sudah diproses oleh ");
            officers.ShouldContain(conflict.ByName);

            await using var check = database.NewContext();
            var items = await check.WorkItems.Where(w => w.CaseId == state.CaseId).OrderBy(w => w.Sequence).ToListAsync();
            items.Count.ShouldBe(3, $"round {round}: submission, check, data entry — no duplicate");
            items[1].ActorName.ShouldBe(conflict.ByName);
            (await check.Journal.CountAsync(j => j.CaseId == state.CaseId)).ShouldBe(3);
        }
    }

    [Fact]
    public async Task A_failed_write_leaves_the_case_as_it_was()
    {
        await using var database = await TempDatabase.CreateAsync();
        var driver = new CaseDriver("ak1");
        await ApplyAsync(database, driver.Start(), driver);
        var before = await LoadAsync(database, driver.State!.CaseId);

        // The result opens an item whose sequence already exists: the unique index fails mid-write.
        var accepted = driver.Do("lengkap");
        var broken = accepted with { Opened = accepted.Opened! with { Sequence = 1 } };
        await using (var db = database.NewContext())
            await Should.ThrowAsync<DbUpdateException>(() => new CaseStore(db).ApplyAsync(broken, driver.Definition, Wib));

        var after = await LoadAsync(database, before.CaseId);
        after.ShouldBe(before with { Data = after.Data, Visits = after.Visits });
        after.OpenItem.ShouldBe(before.OpenItem);
        await using var check = database.NewContext();
        (await check.Journal.CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task The_journal_refuses_updates_and_deletes()
    {
        await using var database = await TempDatabase.CreateAsync();
        var driver = new CaseDriver("ak1");
        await ApplyAsync(database, driver.Start(), driver);

        await using var db = database.NewContext();
        var update = await Should.ThrowAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"Journal\" SET \"Detail\" = 'diubah'"));
        update.Message.ShouldContain("append-only");
        (await Should.ThrowAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"Journal\""))).Message.ShouldContain("append-only");
        (await db.Journal.CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task Case_numbers_are_unique_and_gap_free_under_parallel_starts()
    {
        await using var database = await TempDatabase.CreateAsync();
        var numbers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            var driver = new CaseDriver("jht");
            var started = driver.Start();
            await using var db = database.NewContext();
            return ((Applied)await new CaseStore(db).ApplyAsync(started, driver.Definition, Wib)).NewCaseNumber!;
        })));

        numbers.Order().ShouldBe(Enumerable.Range(1, 50).Select(n => $"JHT/2026/{n:000000}"));
    }

    [Fact]
    public async Task Numbering_follows_the_year_in_the_office_time_zone()
    {
        await using var database = await TempDatabase.CreateAsync();
        // 31 Dec 2026 18:00 UTC is already 1 Jan 2027 01:00 in WIB.
        var driver = new CaseDriver("ak1") { Now = new DateTimeOffset(2026, 12, 31, 18, 0, 0, TimeSpan.Zero) };
        (await ApplyAsync(database, driver.Start(), driver)).NewCaseNumber.ShouldBe("AK1/2027/000001");
    }

    [Fact]
    public async Task Instants_are_ordered_by_the_moment_they_name_whatever_their_offset()
    {
        await using var database = await TempDatabase.CreateAsync();
        var wib = new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.FromHours(7));   // 02:00 UTC
        var utc = new DateTimeOffset(2026, 11, 16, 1, 30, 0, TimeSpan.Zero);          // 01:30 UTC: earlier
        var wit = new DateTimeOffset(2026, 11, 16, 11, 15, 0, TimeSpan.FromHours(9)); // 02:15 UTC: later
        await using (var db = database.NewContext())
        {
            foreach (var (at, name) in new[] { (wib, "wib"), (utc, "utc"), (wit, "wit") })
                db.Journal.Add(new JournalRecord { At = at, ActorUserId = name, ActorName = name, ActingAs = "x", Action = "Test", Detail = name });
            await db.SaveChangesAsync();
        }
        await using var read = database.NewContext();
        (await read.Journal.OrderBy(j => j.At).Select(j => j.ActorName).ToListAsync()).ShouldBe(["utc", "wib", "wit"]);
        (await read.Journal.Where(j => j.At > wib).Select(j => j.ActorName).ToListAsync()).ShouldBe(["wit"]);
        (await read.Journal.SingleAsync(j => j.ActorName == "wit")).At.ShouldBe(wit);
    }
}
