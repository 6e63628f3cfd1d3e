using SopDesk.Data;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Data;

/// <summary>Revision counts are history: a berkas read back from the database counts the same revisions (no counter column).</summary>
public class RevisionLoopStoreTests
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    [Fact]
    public async Task Revisions_and_koreksi_read_back_from_the_database_count_as_before()
    {
        await using var database = await TempDatabase.CreateAsync();
        var sop = RevisionLoopSop.Load();
        var driver = new CaseDriver(sop);
        await ApplyAsync(database, driver.Start(), driver);
        // Each hop is written, then the next starts from the state read back, as a new request would.
        foreach (var (outcome, note) in new (string?, string?)[]
                 { ("revisi", "kurang akta"), (null, null), ("lengkap", null), (null, null), ("koreksi", "salah ketik"), ("revisi", "kurang NPWP"), (null, null) })
        {
            var loaded = await LoadAsync(database, driver.State!.CaseId);
            loaded.Chosen.ShouldBe(driver.State.Chosen, ignoreOrder: true);
            await ApplyAsync(database, driver.Do(outcome, note), driver);
        }

        var fresh = await LoadAsync(database, driver.State!.CaseId);
        fresh.OpenItem!.StepId.ShouldBe("periksa");
        fresh.VisitsOf("periksa").ShouldBe(4);
        CaseInterpreter.LoopCount(sop, fresh, "revisi").ShouldBe(2);
        var offered = driver.Interpreter.AllowedActions(sop, fresh, CaseDriver.As("petugas-penerima"), driver.Office)
            .Single(a => a.Command == CommandKind.Complete).OutcomeIds;
        offered.ShouldBe(["lengkap", "ditolak"]);
    }

    private static async Task ApplyAsync(TempDatabase database, Accepted result, CaseDriver driver)
    {
        await using var db = database.NewContext();
        (await new CaseStore(db).ApplyAsync(result, driver.Definition, Wib, "127.0.0.1")).ShouldBeOfType<Applied>();
    }

    private static async Task<CaseState> LoadAsync(TempDatabase database, Guid caseId)
    {
        await using var db = database.NewContext();
        return (await new CaseStore(db).LoadAsync(caseId)).ShouldNotBeNull();
    }
}
