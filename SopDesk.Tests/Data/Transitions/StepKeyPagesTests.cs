using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SopDesk.Data;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Data.Transitions;

/// <summary>
/// The journal and the rollup keep plain rowid keys (decision 038): a step no longer writes SQLite's sqlite_sequence page,
/// while journal ids still never repeat and the journal stays append-only — also on a database migrated from before.
/// </summary>
[Trait("Provider", "SqliteOnly")] // counts SQLite pages
public class StepKeyPagesTests
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    [Fact]
    public async Task A_step_writes_no_sqlite_sequence_row_for_the_journal_or_the_rollup()
    {
        await using var database = await TempDatabase.CreateAsync();
        var driver = new CaseDriver("ak1");
        await ApplyAsync(database, driver.Start(), driver);
        await ApplyAsync(database, driver.Do("lengkap"), driver);

        await using var db = database.NewContext();
        (await db.Journal.CountAsync()).ShouldBeGreaterThanOrEqualTo(3);
        (await db.StepTimeRollups.CountAsync()).ShouldBeGreaterThan(0);
        (await Scalar(db, "SELECT count(*) FROM sqlite_sequence WHERE name IN ('Journal', 'StepTimeRollups')")).ShouldBe(0L);
        (await Scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('Journal', 'StepTimeRollups') AND sql LIKE '%AUTOINCREMENT%'")).ShouldBe(0L);
    }

    [Fact]
    public async Task Migrating_keeps_journal_ids_and_triggers_and_new_ids_follow_the_largest()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sopdesk-test-{Guid.NewGuid():N}.db");
        try
        {
            await using (var db = new SopDeskDbContext(SopDeskDatabase.Options($"Data Source={path}")))
            {
                await db.GetService<IMigrator>().MigrateAsync("InboxSpeed"); // the schema before Round3Engine
                // Lines 7 and 9 and a rollup row, written on the old schema.
                await db.Database.ExecuteSqlRawAsync("""
                    INSERT INTO Journal (Id, At, ActorUserId, ActorName, ActingAs, Action, Detail) VALUES (7, 1, 'u', 'U', '', 'SignIn', 'a'), (9, 2, 'u', 'U', '', 'SignIn', 'b');
                    INSERT INTO StepTimeRollups (DefinitionId, StepId, LaneId, ActorKey, Period, PeriodStart, Count, WithDueTime, WithinTarget, Histogram)
                        VALUES ('ak1', 'periksa', 'loket', '*', 'Day', '2026-11-16', 1, 0, 0, x'0101');
                    """);
                await db.Database.MigrateAsync();
            }
            await using var check = new SopDeskDbContext(SopDeskDatabase.Options($"Data Source={path}"));
            (await check.Journal.OrderBy(j => j.Id).Select(j => j.Id).ToListAsync()).ShouldBe([7L, 9L]);
            (await check.StepTimeRollups.SingleAsync()).Histogram.ShouldBe(new byte[] { 1, 1 });
            await Should.ThrowAsync<SqliteException>(() => check.Database.ExecuteSqlRawAsync("UPDATE Journal SET Detail = 'diubah'"));
            await Should.ThrowAsync<SqliteException>(() => check.Database.ExecuteSqlRawAsync("DELETE FROM Journal"));
            await check.Database.ExecuteSqlRawAsync("INSERT INTO Journal (At, ActorUserId, ActorName, ActingAs, Action, Detail) VALUES (3, 'u', 'U', '', 'SignIn', 'c')");
            (await check.Journal.MaxAsync(j => j.Id)).ShouldBe(10L);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        }
    }

    private static async Task ApplyAsync(TempDatabase database, Accepted result, CaseDriver driver)
    {
        await using var db = database.NewContext();
        (await new CaseStore(db).ApplyAsync(result, driver.Definition, Wib)).ShouldBeOfType<Applied>();
    }

    private static async Task<long> Scalar(SopDeskDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
