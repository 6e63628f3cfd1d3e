using Microsoft.Extensions.Time.Testing;
using SopDesk.Data.Entities;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Reports;
using static SopDesk.Tests.Web.Supervision.SupervisionSetup;

namespace SopDesk.Tests.Web.Supervision;

/// <summary>
/// The November 2026 report over <see cref="HandBuiltCases.November"/>: every figure equals the one computed here
/// from the same rows by plain filters, a minute-by-minute office clock and a sorted list.
/// </summary>
public sealed class MonthlyReportServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset MonthStart = At(11, 1, 0), MonthEnd = At(12, 1, 0);
    private static readonly string[] Sops = ["ak1", "jht", "paspor"];

    private readonly HandBuiltCases _set = HandBuiltCases.November();
    private SeededServices _seeded = default!;
    private MonthlyReport _report = default!;
    // 1 December 00.30 WIB, still 30 November in UTC.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 17, 30, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        _seeded = await SeededServices.CreateAsync(_set, _clock);
        _report = await _seeded.Get<MonthlyReportService>().BuildAsync(2026, 11);
    }

    public async Task DisposeAsync() => await _seeded.DisposeAsync();

    private static bool InMonth(DateTimeOffset? at) => at >= MonthStart && at < MonthEnd;

    private SopMonthFigures Row(string sop) => _report.Rows.Single(r => r.DefinitionId == sop);

    private IEnumerable<CaseRecord> Finished(string? sop = null) => _set.Cases.Where(c => (sop is null || c.DefinitionId == sop) && InMonth(c.ClosedAt));

    private bool OnTime(CaseRecord c) => _set.Items.Where(i => i.CaseId == c.Id && i.DueAt is not null).All(i => i.DoneAt is { } done && done <= i.DueAt);

    [Fact]
    public void Received_finished_returned_and_in_progress_count_the_cases_of_the_month()
    {
        foreach (var sop in Sops)
        {
            var cases = _set.Cases.Where(c => c.DefinitionId == sop).ToList();
            var returned = _set.Journal.Where(j => j.Action == "ReturnedToApplicant" && InMonth(j.At)).Select(j => j.CaseId).Distinct()
                .Count(id => cases.Any(c => c.Id == id));
            Row(sop).Received.ShouldBe(cases.Count(c => InMonth(c.StartedAt)), sop);
            Row(sop).Finished.ShouldBe(Finished(sop).Count(), sop);
            Row(sop).Returned.ShouldBe(returned, sop);
            Row(sop).InProgress.ShouldBe(cases.Count(c => c.StartedAt < MonthEnd && !(c.ClosedAt < MonthEnd)), sop);
        }
        // The same by hand for AK1: received A1 A2 A4 A5 A6 A7 A10, finished A1 A2 A3 A7 A10, returned A5 A10
        // (A10 twice, A8 in October), in progress A4 A5 A6 A8.
        (Row("ak1").Received, Row("ak1").Finished, Row("ak1").Returned, Row("ak1").InProgress).ShouldBe((7, 5, 2, 4));
        // JHT: the case of 1 Nov 00.30 WIB is November's, the one of 1 Dec 00.30 WIB is not.
        Row("jht").Received.ShouldBe(4);
    }

    [Fact]
    public void Every_SOP_of_the_catalogue_has_a_row_and_the_totals_add_up()
    {
        _report.Rows.Select(r => r.DefinitionId).ShouldBe(["jht", "jakon", "perselisihan", "pelatihan", "ak1", "paspor", "lpk-swasta", "verifikasi-pengguna", "pengaduan", "lowongan"]);
        Row("jakon").Received.ShouldBe(0);
        Row("jakon").MeanDays.ShouldBeNull();
        _report.Total.Received.ShouldBe(_set.Cases.Count(c => InMonth(c.StartedAt)));
        _report.Total.Finished.ShouldBe(Finished().Count());
        _report.Total.InProgress.ShouldBe(_set.Cases.Count(c => c.StartedAt < MonthEnd && !(c.ClosedAt < MonthEnd)));
        _report.Total.BreachCount.ShouldBe(_report.Rows.Sum(r => r.BreachCount));
        _report.Title.ShouldBe("Laporan Bulanan Pelayanan — November 2026");
        _report.Office.ShouldContain("Kota Pagar Alam");
    }

    [Fact]
    public void A_finished_case_is_on_time_when_every_step_with_a_due_time_was_done_by_it()
    {
        foreach (var sop in Sops)
        {
            var finished = Finished(sop).ToList();
            Row(sop).FinishedOnTime.ShouldBe(finished.Count(OnTime), sop);
            Row(sop).OnTimeShare.ShouldBe(finished.Count == 0 ? null : (double)finished.Count(OnTime) / finished.Count, sop);
        }
        // By hand: AK1's A2 (late paraf) and A7 (late check) miss, A1 A3 A10 keep it; JHT's J3 misses.
        Row("ak1").OnTimeShare.ShouldBe(3 / 5.0);
        Row("jht").OnTimeShare.ShouldBe(1 / 2.0);
        _report.Total.OnTimeShare.ShouldBe((double)Finished().Count(OnTime) / Finished().Count());
    }

    [Fact]
    public void Time_to_finish_is_office_time_in_working_days_across_weekends_and_the_holiday()
    {
        foreach (var sop in Sops)
        {
            var days = Finished(sop).Select(c => PlainOfficeClock.WorkingDays(c.StartedAt, c.ClosedAt!.Value)).ToList();
            Row(sop).MeanDays.ShouldNotBeNull().ShouldBe(days.Average(), 1e-9, sop);
            Row(sop).P90Days.ShouldNotBeNull().ShouldBe(PlainOfficeClock.P90(days), 1e-9, sop);
        }
        var all = Finished().Select(c => PlainOfficeClock.WorkingDays(c.StartedAt, c.ClosedAt!.Value)).ToList();
        _report.Total.MeanDays.ShouldNotBeNull().ShouldBe(all.Average(), 1e-9);
        _report.Total.P90Days.ShouldNotBeNull().ShouldBe(PlainOfficeClock.P90(all), 1e-9);
        // Twelve paspor berkas: the 90th percentile is the 11th of 12, below the longest.
        Row("paspor").P90Days.ShouldNotBeNull().ShouldBeLessThan(Finished("paspor").Max(c => PlainOfficeClock.WorkingDays(c.StartedAt, c.ClosedAt!.Value)));

        // The plain clock itself: Friday 15.00 → Monday 09.00 is 1 h + 1.5 h; Tuesday 10.00 → Thursday 10.00 over the
        // closed Wednesday is 6 h + 2.5 h, one hari kerja.
        PlainOfficeClock.OfficeMinutes(At(11, 13, 15, 0), At(11, 16, 9, 0)).ShouldBe(150);
        PlainOfficeClock.WorkingDays(At(11, 17, 10, 0), At(11, 19, 10, 0)).ShouldBe(1.0);
    }

    [Fact]
    public void Breaches_count_late_steps_done_in_the_month_and_overdue_steps_open_at_its_end_per_step()
    {
        var expected = _set.Items
            .Where(i => i.DueAt is { } due && due < MonthEnd && ((InMonth(i.DoneAt) && i.DoneAt > due) || (i.ArrivedAt < MonthEnd && !(i.DoneAt < MonthEnd))))
            .GroupBy(i => (i.DefinitionId, i.StepId)).ToDictionary(g => g.Key, g => g.Count());
        var actual = _report.Rows.SelectMany(r => r.Breaches).ToDictionary(b => (b.DefinitionId, b.StepId), b => b.Count);
        actual.ShouldBe(expected, ignoreOrder: true);
        // By hand: AK1 A2 paraf (late), A4 signature and A6 input (open and overdue on 30 November), A7 check; JHT J3
        // verification. J4's October lateness and A3's on-time input are not breaches.
        expected.Keys.ShouldBe([("ak1", "paraf-kasi"), ("ak1", "tandatangan"), ("ak1", "input-data"), ("ak1", "periksa"), ("jht", "verifikasi")], ignoreOrder: true);

        var ak1 = CaseDriver.Definitions["ak1"];
        Row("ak1").Breaches.Select(b => b.StepNo).ShouldBe(Row("ak1").Breaches.Select(b => ak1.Step(b.StepId).No).Order());
        Row("ak1").Breaches.Single(b => b.StepId == "paraf-kasi").StepName.ShouldBe(ak1.Step("paraf-kasi").Kegiatan);
    }

    [Fact]
    public void The_previous_month_is_taken_in_the_office_zone()
    {
        var reports = _seeded.Get<MonthlyReportService>();
        // 30 November 17.30 UTC is already 1 December 00.30 WIB: the previous month is November, not October.
        reports.PreviousMonth().ShouldBe((2026, 11));
        _clock.SetUtcNow(new DateTimeOffset(2027, 1, 10, 3, 0, 0, TimeSpan.Zero));
        reports.PreviousMonth().ShouldBe((2026, 12));
    }
}

/// <summary>The report counts breaches as the SLA watcher does: a late wait on an outside party is not the office's.</summary>
public sealed class MonthlyReportExternalWaitTests
{
    [Fact]
    public async Task A_late_step_on_an_outside_partys_clock_is_not_counted_but_a_late_office_step_is()
    {
        var set = new HandBuiltCases();
        var c = set.Case("pelatihan", At(11, 2, 9));
        set.Item(c, "terima-jawaban", "staf", At(11, 2, 9), due: At(11, 9, 9), done: At(11, 20, 9));
        set.Item(c, "rapat-persiapan", "panitia", At(11, 20, 9), due: At(11, 23, 9), done: At(11, 25, 9));
        await using var seeded = await SeededServices.CreateAsync(set, new FakeTimeProvider(At(12, 2, 9)));

        var report = await seeded.Get<MonthlyReportService>().BuildAsync(2026, 11);

        report.Rows.Single(r => r.DefinitionId == "pelatihan").Breaches.Select(b => b.StepId).ShouldBe(["rapat-persiapan"]);
    }

    [Fact]
    public async Task A_berkas_late_only_while_waiting_on_an_outside_party_is_finished_on_time()
    {
        var set = new HandBuiltCases();
        var waitedLong = set.Case("pelatihan", At(11, 2, 9), closed: At(11, 24, 9));
        set.Item(waitedLong, "terima-jawaban", "staf", At(11, 2, 9), due: At(11, 9, 9), done: At(11, 20, 9));
        set.Item(waitedLong, "rapat-persiapan", "panitia", At(11, 20, 9), due: At(11, 23, 9), done: At(11, 23, 8));
        var officeLate = set.Case("pelatihan", At(11, 3, 9), closed: At(11, 26, 9));
        set.Item(officeLate, "rapat-persiapan", "panitia", At(11, 20, 9), due: At(11, 23, 9), done: At(11, 25, 9));
        await using var seeded = await SeededServices.CreateAsync(set, new FakeTimeProvider(At(12, 2, 9)));

        var row = (await seeded.Get<MonthlyReportService>().BuildAsync(2026, 11)).Rows.Single(r => r.DefinitionId == "pelatihan");

        row.Finished.ShouldBe(2);
        row.FinishedOnTime.ShouldBe(1);
    }
}
