using Microsoft.Extensions.Time.Testing;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Workload;
using static SopDesk.Tests.Web.Supervision.SupervisionSetup;

namespace SopDesk.Tests.Web.Supervision;

/// <summary>
/// The workload dashboard on Monday 23 November 2026, 10.00 WIB, over <see cref="HandBuiltCases.OpenOnMonday23"/>:
/// counts, ages and weeks equal the ones computed here from the same rows by plain methods.
/// </summary>
public sealed class WorkloadQueryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = At(11, 23, 10, 0);

    private readonly HandBuiltCases _set = HandBuiltCases.OpenOnMonday23();
    private SeededServices _seeded = default!;

    public async Task InitializeAsync()
    {
        _seeded = await SeededServices.CreateAsync(_set, new FakeTimeProvider(Now));
    }

    public async Task DisposeAsync() => await _seeded.DisposeAsync();

    private Task<Workload> LoadAsync(string? sop = null) => _seeded.Get<WorkloadQuery>().LoadAsync(sop);

    private IEnumerable<WorkItemRecord> Open(string? sop = null) =>
        _set.Items.Where(i => i.Status == WorkItemStatus.Open && (sop is null || i.DefinitionId == sop));

    [Theory]
    [InlineData(null)]
    [InlineData("jht")]
    public async Task Open_items_are_counted_per_lane_and_per_holder_with_unheld_items_as_belum_diambil(string? sop)
    {
        var workload = await LoadAsync(sop);

        workload.Lanes.ToDictionary(l => l.LaneId, l => (l.Open, l.Unclaimed, l.Overdue)).ShouldBe(
            Open(sop).GroupBy(i => i.LaneId).ToDictionary(g => g.Key,
                g => (g.Count(), g.Count(i => i.HolderUserId is null), g.Count(i => i.DueAt is { } due && due < Now))), ignoreOrder: true);
        workload.Officers.ToDictionary(o => o.Name, o => o.Open).ShouldBe(
            Open(sop).GroupBy(i => i.HolderName ?? "Belum diambil").ToDictionary(g => g.Key, g => g.Count()), ignoreOrder: true);
        workload.Open.ShouldBe(Open(sop).Count());
        workload.WaitingOnApplicant.ShouldBe(Open(sop).Count(i => i.DueAt is null));
    }

    [Fact]
    public async Task Lanes_carry_the_SOP_files_names_and_their_roles()
    {
        var workload = await LoadAsync();
        var lane = workload.Lanes.Single(l => l.LaneId == "kabid-sekretaris");
        lane.Name.ShouldBe("Kabid & Sekretaris");
        lane.Roles.ShouldBe(["kabid", "sekretaris"]);
        workload.Lanes.Single(l => l.LaneId == "kabid").Name.ShouldBe("Kabid", "named by its items' SOP (AK1), not by 503/47 whose lane \"kabid\" is \"Kepala Bidang\"");
        workload.Officers[^1].UserId.ShouldBeNull("the pool comes after the officers");
    }

    [Fact]
    public async Task Ages_count_whole_working_days_over_the_weekend_and_the_holiday_and_skip_items_with_the_pemohon()
    {
        var ages = Open().Where(i => i.DueAt is not null).Select(i => PlainOfficeClock.WholeWorkingDays(i.ArrivedAt, Now)).ToList();
        var workload = await LoadAsync();

        workload.Ageing.Select(b => b.Count).ShouldBe([
            ages.Count(a => a < 1), ages.Count(a => a is >= 1 and <= 2), ages.Count(a => a is >= 3 and <= 5), ages.Count(a => a > 5)]);
        // By hand: Friday 13 09.30 → Monday 23 10.00 is five whole days only because Wednesday 18 was closed; Friday 20
        // 15.00 → Monday 10.00 is less than one across the weekend.
        PlainOfficeClock.WholeWorkingDays(At(11, 13, 9, 30), Now).ShouldBe(5);
        PlainOfficeClock.WholeWorkingDays(At(11, 20, 15, 0), Now).ShouldBe(0);
        workload.Ageing.Select(b => b.Count).ShouldBe([2, 1, 2, 1]);
    }

    [Fact]
    public async Task The_oldest_open_items_come_first_with_their_holder_and_office_age()
    {
        var workload = await LoadAsync();
        var expected = Open().Where(i => i.DueAt is not null).OrderBy(i => i.ArrivedAt).Take(WorkloadQuery.OldestCount).ToList();

        workload.Oldest.Select(o => o.CaseId).ShouldBe(expected.Select(i => i.CaseId));
        workload.Oldest.Select(o => o.HolderName).ShouldBe(expected.Select(i => i.HolderName));
        workload.Oldest.Select(o => o.WorkingAge.TotalMinutes).ShouldBe(expected.Select(i => (double)PlainOfficeClock.OfficeMinutes(i.ArrivedAt, Now)));
        workload.Oldest[0].CaseNumber.ShouldBe(_set.Cases.Single(c => c.Id == expected[0].CaseId).Number);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ak1")]
    public async Task Throughput_counts_items_finished_in_each_of_the_last_twelve_office_weeks(string? sop)
    {
        var workload = await LoadAsync(sop);
        var thisMonday = new DateOnly(2026, 11, 23);

        workload.Weeks.Count.ShouldBe(12);
        workload.Weeks[^1].Monday.ShouldBe(thisMonday);
        foreach (var week in workload.Weeks)
        {
            var (from, to) = (week.Monday.ToDateTime(TimeOnly.MinValue), week.Monday.AddDays(7).ToDateTime(TimeOnly.MinValue));
            var done = _set.Items.Count(i => (sop is null || i.DefinitionId == sop) && i.DoneAt is { } at && at.ToOffset(TimeSpan.FromHours(7)).DateTime >= from
                && at.ToOffset(TimeSpan.FromHours(7)).DateTime < to);
            week.Done.ShouldBe(done, week.Monday.ToString());
        }
        workload.Weeks.Sum(w => w.Done).ShouldBe(sop is null ? 5 : 4, "the August step is older than twelve weeks");
    }
}
