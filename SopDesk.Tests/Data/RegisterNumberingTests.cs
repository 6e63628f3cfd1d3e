using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.Registers;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Data;

/// <summary>
/// Buku register numbers on real SQLite: given in the transaction that finishes the register's step (AK1: input data
/// and printing), gap-free and unique per register and year even when many officers finish at once, the year
/// turning at midnight in the office's zone, and a cancelled line keeping its number for good.
/// </summary>
public class RegisterNumberingTests
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
    private const string Ak1Register = "register-ak1";

    private static async Task ApplyAsync(TempDatabase database, CaseDriver driver, Accepted result)
    {
        await using var db = database.NewContext();
        (await new CaseStore(db).ApplyAsync(result, driver.Definition, Wib)).ShouldBeOfType<Applied>();
    }

    /// <summary>An AK1 berkas registered and found complete: its "input data dan cetak AK1" step is open.</summary>
    private static async Task<CaseDriver> AtInputDataAsync(TempDatabase database, DateTimeOffset? at = null)
    {
        var driver = new CaseDriver("ak1");
        if (at is { } when) driver.Now = when.AddMinutes(-10);
        await ApplyAsync(database, driver, driver.Start());
        await ApplyAsync(database, driver, driver.Do("lengkap"));
        if (at is { } exact) driver.Now = exact;
        return driver;
    }

    private static async Task<List<RegisterEntryRecord>> EntriesAsync(TempDatabase database)
    {
        await using var db = database.NewContext();
        return await db.RegisterEntries.AsNoTracking().Where(e => e.RegisterId == Ak1Register).OrderBy(e => e.Year).ThenBy(e => e.Sequence).ToListAsync();
    }

    [Fact]
    public async Task A_thousand_berkas_finishing_at_once_get_the_numbers_1_to_1000_without_gap_or_duplicate()
    {
        await using var database = await TempDatabase.CreateAsync();
        var drivers = new List<CaseDriver>();
        for (var i = 0; i < 1000; i++) drivers.Add(await AtInputDataAsync(database));
        var finishes = drivers.Select(d => (Driver: d, Result: d.Do())).ToList();

        var gate = new TaskCompletionSource();
        var writes = finishes.Select(f => Task.Run(async () =>
        {
            await gate.Task; // all 1,000 writers start together, each on its own connection
            await using var db = database.NewContext();
            return await new CaseStore(db).ApplyAsync(f.Result, f.Driver.Definition, Wib);
        })).ToList();
        gate.SetResult();
        var results = await Task.WhenAll(writes);

        results.ShouldAllBe(r => r is Applied);
        var entries = await EntriesAsync(database);
        entries.Select(e => e.Sequence).ShouldBe(Enumerable.Range(1, 1000));
        entries.Select(e => e.Number).Distinct().Count().ShouldBe(1000);
        entries.Select(e => e.CaseId).ShouldBe(drivers.Select(d => d.State!.CaseId), ignoreOrder: true);
        entries.First().Number.ShouldBe("0001/AK1/DISPMPTSPTK/2026");
        entries.Last().Number.ShouldBe("1000/AK1/DISPMPTSPTK/2026");
    }

    [Fact]
    public async Task The_numbering_starts_again_at_midnight_of_1_January_in_the_offices_zone()
    {
        await using var database = await TempDatabase.CreateAsync();
        // 31 December 16.59 UTC is 23.59 WIB; 17.00 UTC is already 1 January 2027 00.00 WIB.
        var lastOf2026 = await AtInputDataAsync(database, new DateTimeOffset(2026, 12, 31, 16, 59, 50, TimeSpan.Zero));
        var firstOf2027 = await AtInputDataAsync(database, new DateTimeOffset(2026, 12, 31, 17, 0, 10, TimeSpan.Zero));
        var secondOf2027 = await AtInputDataAsync(database, new DateTimeOffset(2027, 1, 2, 9, 0, 0, TimeSpan.FromHours(7)));

        foreach (var driver in new[] { lastOf2026, firstOf2027, secondOf2027 }) await ApplyAsync(database, driver, driver.Do());

        (await EntriesAsync(database)).Select(e => (e.Year, e.Sequence, e.Number)).ShouldBe(
        [
            (2026, 1, "0001/AK1/DISPMPTSPTK/2026"),
            (2027, 1, "0001/AK1/DISPMPTSPTK/2027"),
            (2027, 2, "0002/AK1/DISPMPTSPTK/2027"),
        ]);
    }

    [Fact]
    public async Task A_cancelled_line_keeps_its_number_and_the_berkas_gets_a_new_one_when_its_card_is_printed_again()
    {
        await using var database = await TempDatabase.CreateAsync();
        var drivers = new List<CaseDriver>();
        for (var i = 0; i < 3; i++)
        {
            var driver = await AtInputDataAsync(database);
            await ApplyAsync(database, driver, driver.Do());
            drivers.Add(driver);
        }
        var second = (await EntriesAsync(database))[1];

        await using (var db = database.NewContext())
        {
            (await RegisterBook.CancelAsync(db, second.Id, CaseDriver.As("kasi"), "Kartu salah cetak", CaseDriver.Monday9.AddHours(2))).ShouldBeTrue();
            (await RegisterBook.CancelAsync(db, second.Id, CaseDriver.As("kabid"), "lagi", CaseDriver.Monday9.AddHours(3))).ShouldBeFalse();
        }
        var fourth = await AtInputDataAsync(database);
        await ApplyAsync(database, fourth, fourth.Do());
        // The Kasi sends berkas 2 back for correction: the card is printed again under a new number.
        await ApplyAsync(database, drivers[1], drivers[1].Do("koreksi", note: "Cetak ulang: kartu salah cetak"));
        await ApplyAsync(database, drivers[1], drivers[1].Do());

        var entries = await EntriesAsync(database);
        entries.Select(e => (e.Sequence, e.Status)).ShouldBe(
        [
            (1, RegisterEntryStatus.Active), (2, RegisterEntryStatus.Cancelled), (3, RegisterEntryStatus.Active),
            (4, RegisterEntryStatus.Active), (5, RegisterEntryStatus.Active),
        ]);
        entries[1].CaseId.ShouldBe(drivers[1].State!.CaseId);
        entries[1].CancelReason.ShouldBe("Kartu salah cetak");
        entries[4].CaseId.ShouldBe(drivers[1].State!.CaseId);
        await using var check = database.NewContext();
        (await check.Journal.CountAsync(j => j.Action == "RegisterEntryCancelled" && j.CaseId == second.CaseId)).ShouldBe(1);
    }
}
