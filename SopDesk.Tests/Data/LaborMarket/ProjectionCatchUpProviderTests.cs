using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using static SopDesk.Tests.Data.LaborMarket.LaborMarketRows;

namespace SopDesk.Tests.Data.LaborMarket;

/// <summary>
/// The projection catch-up where the providers differ (decision 044): SQLite's journal ids grow in commit order, so the
/// watermark moves to the newest line; PostgreSQL's need not (an id is taken before its transaction commits), so the
/// watermark stops before a young gap — a write still in flight — while every visible line is applied.
/// </summary>
public sealed class ProjectionCatchUpProviderTests : IAsyncLifetime
{
    private TempDatabase _database = default!;

    public async Task InitializeAsync() => _database = await TempDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private sealed class Recorder : ICaseProjection
    {
        public List<Guid> Applied { get; } = [];
        public string Name => "test-recorder";
        public string DefinitionId => "ak1";

        public Task ApplyAsync(SopDeskDbContext db, IReadOnlyList<Guid> caseIds, DateTimeOffset now, CancellationToken ct)
        {
            Applied.AddRange(caseIds);
            return Task.CompletedTask;
        }
    }

    /// <summary>Journal lines 1 and 3 of two AK1 berkas, written at <paramref name="at"/>: id 2 is the gap.</summary>
    private async Task<(Guid First, Guid Third)> LinesAroundAGapAsync(DateTimeOffset at)
    {
        await using var db = _database.NewContext();
        var (first, third) = (Case("ak1", "Satu"), Case("ak1", "Tiga"));
        db.Cases.AddRange(first, third);
        db.Journal.AddRange(Line(1, first.Id, at), Line(3, third.Id, at));
        await db.SaveChangesAsync();
        return (first.Id, third.Id);
    }

    private static JournalRecord Line(long id, Guid caseId, DateTimeOffset at) =>
        new() { Id = id, At = at, CaseId = caseId, ActorUserId = "uji", ActorName = "Uji", Action = "StepCompleted", Detail = "-" };

    private async Task<long> CatchUpAsync(Recorder recorder)
    {
        await using var db = _database.NewContext();
        await CaseProjections.CatchUpAsync(db, recorder, Now);
        return await db.ProjectionWatermarks.Where(w => w.Name == recorder.Name).Select(w => w.JournalId).SingleAsync();
    }

    [Fact]
    public async Task Every_visible_line_is_applied_and_the_watermark_waits_at_a_young_gap_only_on_PostgreSQL()
    {
        var (first, third) = await LinesAroundAGapAsync(Now);
        var recorder = new Recorder();

        var mark = await CatchUpAsync(recorder);

        recorder.Applied.ShouldBe([first, third], ignoreOrder: true);
        mark.ShouldBe(TempDatabase.OnPostgres ? 1 : 3);
    }

    [Fact]
    public async Task A_gap_older_than_any_transaction_is_a_rolled_back_write_and_passed()
    {
        await LinesAroundAGapAsync(Now - CaseProjections.GapSettles - TimeSpan.FromSeconds(1));

        (await CatchUpAsync(new Recorder())).ShouldBe(3);
    }
}
