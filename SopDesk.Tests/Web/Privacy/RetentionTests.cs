using SopDesk.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Privacy;
using static SopDesk.Tests.Web.Documents.DocumentTestBed;

namespace SopDesk.Tests.Web.Privacy;

/// <summary>
/// Retention on a fake clock: once a closed berkas is older than its SOP's retention period, its personal values (the SOP's
/// personal fields, name and NIK) are replaced by a marker on the berkas, its steps and its register line; numbers, steps
/// and the journal stay, and the erasure is one system journal line. Open and younger berkas keep everything.
/// </summary>
public sealed class RetentionTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    private static SopDeskAppFactory App(FakeTimeProvider clock, params (string Key, string Value)[] settings) =>
        new() { Clock = clock, Settings = settings.ToDictionary(s => s.Key, s => s.Value) };

    private static async Task<int> SweepAsync(SopDeskAppFactory app) => await app.Services.GetRequiredService<RetentionSweep>().RunAsync();

    private static async Task<CaseRecord> CaseAsync(SopDeskAppFactory app, Guid id)
    {
        await using var db = NewContext(app);
        return await db.Cases.AsNoTracking().Include(c => c.WorkItems).SingleAsync(c => c.Id == id);
    }

    private static async Task<List<JournalRecord>> JournalAsync(SopDeskAppFactory app, Guid id)
    {
        await using var db = NewContext(app);
        return await db.Journal.AsNoTracking().Where(j => j.CaseId == id).OrderBy(j => j.Id).ToListAsync();
    }

    private static string JsonColumn(string json, string key) => System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(json)![key];

    private static void ShouldHoldThePerson(CaseRecord row)
    {
        row.Nik.ShouldBe(Nik);
        row.ApplicantName.ShouldBe(FullName);
        row.DataJson.ShouldContain(Address);
    }

    [Fact]
    public async Task A_closed_berkas_past_its_retention_loses_its_personal_values_and_keeps_its_numbers_steps_and_journal()
    {
        var clock = new FakeTimeProvider(Start);
        await using var app = App(clock, ("Retention:DefaultMonths", "12"));
        var expired = await Ak1Async(app, through: "serahkan");
        var open = await Ak1Async(app, through: "ajukan");
        clock.Advance(TimeSpan.FromDays(180));
        var recent = await Ak1Async(app, through: "serahkan");
        var before = await CaseAsync(app, expired);
        before.Status.ShouldBe(CaseStatus.Closed);
        var entryBefore = await EntryAsync(app, expired);
        var journalBefore = await JournalAsync(app, expired);

        clock.SetUtcNow(Start.AddMonths(12).AddDays(1));
        (await SweepAsync(app)).ShouldBeGreaterThan(0);

        var after = await CaseAsync(app, expired);
        (after.Number, after.Status, after.ApplicantName, after.Nik).ShouldBe((before.Number, CaseStatus.Closed, PersonalValues.Erased, (string?)null));
        var values = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(after.DataJson)!;
        foreach (var personal in new[] { "nik", "nama", "tanggalLahir", "alamat" }) values[personal].ShouldBe(PersonalValues.Erased, personal);
        values["pendidikan"].ShouldBe("SMA/SMK");
        after.WorkItems.Count.ShouldBe(before.WorkItems.Count);
        after.WorkItems.ShouldAllBe(w => w.ValuesJson == null || (!w.ValuesJson.Contains(Nik) && !w.ValuesJson.Contains(FullName)));
        after.WorkItems.Select(w => (w.StepId, w.ActorName, w.DoneAt)).ShouldBe(before.WorkItems.Select(w => (w.StepId, w.ActorName, w.DoneAt)));

        var entry = await EntryAsync(app, expired);
        (entry.Number, entry.VerificationToken, entry.SignedByName, entry.ApplicantName, entry.Nik)
            .ShouldBe((entryBefore.Number, entryBefore.VerificationToken, entryBefore.SignedByName, PersonalValues.Erased, (string?)null));
        var columns = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(entry.ValuesJson)!;
        (columns["nik"], columns["nama"], columns["alamat"], columns["pendidikan"]).ShouldBe((PersonalValues.Erased, PersonalValues.Erased, PersonalValues.Erased, "SMA/SMK"));
        columns["step.input-data.actor"].ShouldBe(JsonColumn(entryBefore.ValuesJson, "step.input-data.actor"));
        entry.SearchText.ShouldNotContain(Nik);

        var journal = await JournalAsync(app, expired);
        journal.Take(journalBefore.Count).Select(j => (j.Id, j.Action, j.Detail)).ShouldBe(journalBefore.Select(j => (j.Id, j.Action, j.Detail)));
        var erased = journal.Skip(journalBefore.Count).ShouldHaveSingleItem();
        (erased.Action, erased.ActorUserId, erased.ActingAs).ShouldBe((RetentionSweep.Action, "system", "sistem"));

        ShouldHoldThePerson(await CaseAsync(app, open));
        ShouldHoldThePerson(await CaseAsync(app, recent));
        (await EntryAsync(app, recent)).Nik.ShouldBe(Nik);

        await using (var db = NewContext(app))
        {
            var erasedIds = await db.Journal.Where(j => j.Action == RetentionSweep.Action).Select(j => j.CaseId!.Value).ToListAsync();
            var erasedCases = await db.Cases.AsNoTracking().Where(c => erasedIds.Contains(c.Id)).ToListAsync();
            erasedCases.ShouldAllBe(c => c.Status == CaseStatus.Closed && c.ClosedAt!.Value <= Start.AddDays(1));
        }

        (await SweepAsync(app)).ShouldBe(0);
        (await JournalAsync(app, expired)).Count(j => j.Action == RetentionSweep.Action).ShouldBe(1);
    }

    [Fact]
    public async Task A_SOPs_own_period_overrides_the_default()
    {
        var clock = new FakeTimeProvider(Start);
        await using var app = App(clock, ("Retention:DefaultMonths", "1"), ("Retention:Sop:ak1", "24"));
        var closed = await Ak1Async(app, through: "serahkan");

        clock.SetUtcNow(Start.AddMonths(13));
        await SweepAsync(app);
        ShouldHoldThePerson(await CaseAsync(app, closed));

        clock.SetUtcNow(Start.AddMonths(24).AddDays(1));
        await SweepAsync(app);
        (await CaseAsync(app, closed)).Nik.ShouldBeNull();
    }

    [Fact]
    public async Task The_app_runs_the_erasure_itself_once_a_day()
    {
        var clock = new FakeTimeProvider(Start);
        await using var app = App(clock, ("Retention:DefaultMonths", "1"), ("Retention:Watch", "true"));
        var closed = await Ak1Async(app, through: "serahkan");

        clock.Advance(TimeSpan.FromDays(31));
        // The watcher waits a day on the fake clock between runs; each further day lets it run again until it has.
        for (var i = 0; i < 100 && (await CaseAsync(app, closed)).Nik is not null; i++)
        {
            clock.Advance(TimeSpan.FromDays(1));
            await Task.Delay(100);
        }

        (await CaseAsync(app, closed)).Nik.ShouldBeNull();
        (await JournalAsync(app, closed)).ShouldContain(j => j.Action == RetentionSweep.Action);
    }
}
