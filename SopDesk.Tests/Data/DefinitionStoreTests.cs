using SopDesk.Data;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Data;

public class DefinitionStoreTests
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    [Fact]
    public async Task A_definition_change_while_cases_are_open_keeps_both_versions_and_the_case_runs_on_its_own()
    {
        await using var database = await TempDatabase.CreateAsync();
        var driver = new CaseDriver("ak1");
        var v1 = driver.Definition;
        await using (var db = database.NewContext())
        {
            (await new DefinitionStore(db).SyncAsync([v1], driver.Now))["ak1"].ShouldBe(1);
            await new CaseStore(db).ApplyAsync(driver.Start(), v1, Wib);
        }

        // The office edits the file: step 3 now has 15 minutes. Same content again is no new version.
        var edited = DefinitionFiles.Ak1();
        edited["steps"]![2]!["waktu"] = "15 menit";
        var v2 = SopDefinitionLoader.Parse("503-48-ak1.json", edited.ToJsonString()).Definition.ShouldNotBeNull();
        await using (var db = database.NewContext())
        {
            var store = new DefinitionStore(db);
            (await store.SyncAsync([v2], driver.Now))["ak1"].ShouldBe(2);
            (await store.SyncAsync([v2], driver.Now))["ak1"].ShouldBe(2);
            (await store.VersionsAsync("ak1")).Select(v => v.Version).ShouldBe([1, 2]);
        }

        // The open case still names version 1 and goes on with it, read back from the stored text.
        await using var read = database.NewContext();
        var state = (await new CaseStore(read).LoadAsync(driver.State!.CaseId)).ShouldNotBeNull();
        state.DefinitionHash.ShouldBe(v1.ContentHash);
        var ownVersion = (await new DefinitionStore(read).GetAsync("ak1", state.DefinitionHash)).ShouldNotBeNull();
        ownVersion.Step("input-data").Waktu.Amount.ShouldBe(10);
        read.Cases.Single().DefinitionVersion.ShouldBe(1);

        driver.Interpreter.Execute(v2, state, CompleteStep.Of(state.OpenItem!.Id, "lengkap"), CaseDriver.As("petugas-penerima"), driver.Office, driver.Now)
            .ShouldBeOfType<Refused>().Reason.ShouldBe(RefusalReason.WrongDefinition);
        driver.Interpreter.Execute(ownVersion, state, CompleteStep.Of(state.OpenItem!.Id, "lengkap") with { Values = SampleValues.For(ownVersion.Step("periksa")) }, CaseDriver.As("petugas-penerima"), driver.Office, driver.Now)
            .ShouldBeOfType<Accepted>();
    }

    [Fact]
    public async Task The_newest_stored_version_of_each_id_is_known_and_an_id_given_twice_is_refused_before_the_unique_key()
    {
        await using var database = await TempDatabase.CreateAsync();
        var driver = new CaseDriver("ak1");
        var edited = DefinitionFiles.Ak1();
        edited["steps"]![2]!["waktu"] = "15 menit";
        var v2 = SopDefinitionLoader.Parse("503-48-ak1.json", edited.ToJsonString()).Definition.ShouldNotBeNull();
        await using var db = database.NewContext();
        var store = new DefinitionStore(db);
        await store.SyncAsync([driver.Definition], driver.Now);
        await store.SyncAsync([v2], driver.Now);

        var newest = (await store.NewestAsync()).ShouldHaveSingleItem();
        (newest.DefinitionId, newest.Version, newest.ContentHash).ShouldBe(("ak1", 2, v2.ContentHash));
        await Should.ThrowAsync<ArgumentException>(() => store.SyncAsync([driver.Definition, v2], driver.Now));
        (await store.VersionsAsync("ak1")).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_stored_version_a_later_rule_refuses_is_still_read_back_for_its_berkas()
    {
        // Stored when a decision with a single outcome was accepted; today's validator refuses such a file.
        var old = DefinitionFiles.Ak1();
        old["id"] = "ak1-aturan-lama";
        old["steps"]![1]!["outcomes"]!.AsArray().RemoveAt(1);
        var json = old.ToJsonString();
        SopDefinitionLoader.Parse("ak1-aturan-lama.json", json).Errors.ShouldContain(e => e.Path == "$.steps[1].outcomes");
        var hash = SopDefinitionLoader.ContentHash(old);
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            db.DefinitionVersions.Add(new SopDesk.Data.Entities.DefinitionVersionRecord
            {
                DefinitionId = "ak1-aturan-lama", Version = 1, ContentHash = hash, Nomor = "503/48", Nama = "AK1 (aturan lama)",
                SourceJson = json, LoadedAt = CaseDriver.Monday9,
            });
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var stored = (await new DefinitionStore(read).GetAsync("ak1-aturan-lama", hash)).ShouldNotBeNull();
        stored.Step("periksa").Outcomes.Select(o => o.Id).ShouldBe(["lengkap"]);
        stored.ContentHash.ShouldBe(hash);
    }
}
