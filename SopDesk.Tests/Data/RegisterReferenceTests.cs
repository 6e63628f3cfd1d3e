using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Registers;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Data;

/// <summary>
/// A passport recommendation (503/49) needs a valid AK1 from this office: its number in the AK1 register, signed,
/// not cancelled, not expired, and held by the same NIK. Checked by the store under the write lock.
/// </summary>
public class RegisterReferenceTests
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
    private const string OtherNik = "1672010505900004";

    private static async Task<ApplyResult> ApplyAsync(TempDatabase database, CaseDriver driver, Accepted result)
    {
        await using var db = database.NewContext();
        return await new CaseStore(db).ApplyAsync(result, driver.Definition, Wib);
    }

    /// <summary>An AK1 for the sample NIK, walked up to (and, when <paramref name="signed"/>, through) the Kabid's signature; returns its number.</summary>
    private static async Task<string> Ak1Async(TempDatabase database, bool signed = true)
    {
        var ak1 = new CaseDriver("ak1");
        foreach (var result in new Func<Accepted>[] { ak1.Start, () => ak1.Do("lengkap"), () => ak1.Do(), () => ak1.Do("paraf") })
            (await ApplyAsync(database, ak1, result())).ShouldBeOfType<Applied>();
        if (signed) (await ApplyAsync(database, ak1, ak1.Do("tandatangan"))).ShouldBeOfType<Applied>();
        await using var db = database.NewContext();
        return await db.RegisterEntries.Where(e => e.CaseId == ak1.State!.CaseId).Select(e => e.Number).SingleAsync();
    }

    private static async Task<ApplyResult> StartPasporAsync(TempDatabase database, string ak1Number, string? nik = null, DateTimeOffset? at = null)
    {
        var paspor = new CaseDriver("paspor");
        if (at is { } when) paspor.Now = when;
        var values = SampleValues.For(paspor.Definition.FirstStep).SetItem("nomorAk1", ak1Number);
        if (nik is not null) values = values.SetItem("nik", nik);
        return await ApplyAsync(database, paspor, paspor.TryStart(values: values).ShouldBeOfType<Accepted>());
    }

    private static string ErrorOn(ApplyResult result)
    {
        var error = result.ShouldBeOfType<Invalid>().FieldErrors.ShouldHaveSingleItem();
        error.Key.ShouldBe("nomorAk1");
        return error.Value;
    }

    [Fact]
    public async Task A_valid_AK1_of_the_same_NIK_lets_the_recommendation_start()
    {
        await using var database = await TempDatabase.CreateAsync();
        var number = await Ak1Async(database);

        (await StartPasporAsync(database, number)).ShouldBeOfType<Applied>();
        (await StartPasporAsync(database, $" {number} ")).ShouldBeOfType<Applied>();
    }

    [Fact]
    public async Task An_unknown_number_is_refused_and_nothing_is_written()
    {
        await using var database = await TempDatabase.CreateAsync();

        ErrorOn(await StartPasporAsync(database, "0999/AK1/DISPMPTSPTK/2026")).ShouldContain("tidak terdaftar di buku register");
        await using var db = database.NewContext();
        (await db.Cases.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task An_AK1_of_another_NIK_is_refused()
    {
        await using var database = await TempDatabase.CreateAsync();
        var number = await Ak1Async(database);

        ErrorOn(await StartPasporAsync(database, number, nik: OtherNik)).ShouldContain("NIK lain");
    }

    [Fact]
    public async Task An_AK1_not_yet_signed_is_refused()
    {
        await using var database = await TempDatabase.CreateAsync();
        var number = await Ak1Async(database, signed: false);

        ErrorOn(await StartPasporAsync(database, number)).ShouldContain("belum ditandatangani");
    }

    [Fact]
    public async Task An_AK1_older_than_its_24_months_is_refused_as_expired()
    {
        await using var database = await TempDatabase.CreateAsync();
        var number = await Ak1Async(database);

        (await StartPasporAsync(database, number, at: CaseDriver.Monday9.AddMonths(23))).ShouldBeOfType<Applied>();
        ErrorOn(await StartPasporAsync(database, number, at: CaseDriver.Monday9.AddMonths(25))).ShouldContain("sudah tidak berlaku sejak");
    }

    [Fact]
    public async Task A_cancelled_AK1_is_refused()
    {
        await using var database = await TempDatabase.CreateAsync();
        var number = await Ak1Async(database);
        await using (var db = database.NewContext())
        {
            var entry = await db.RegisterEntries.SingleAsync(e => e.Number == number);
            (await RegisterBook.CancelAsync(db, entry.Id, CaseDriver.As("kabid"), "Data pemohon palsu", CaseDriver.Monday9.AddDays(1))).ShouldBeTrue();
        }

        ErrorOn(await StartPasporAsync(database, number, at: CaseDriver.Monday9.AddDays(2))).ShouldContain("dibatalkan");
    }
}
