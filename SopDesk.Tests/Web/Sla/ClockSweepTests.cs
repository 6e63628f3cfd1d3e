using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Tests.Web.Office;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Inbox;
using SopDesk.Data.Inbox;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Features.Sla;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Sla;

/// <summary>
/// The SLA sweep on the pemohon's own limit and the anchored case deadline, on the real app with a fake clock and an AK1 file
/// that declares both: ajukan gives the pemohon 10 hari kerja (reminded 2 before), then the berkas closes as dikembalikan
/// (or, in the alert copy, the lane is told); the berkas must be done 3 hari kerja after it first reaches input-data (warned 1 before).
/// A berkas is registered on Monday 16 November 2026 09.00 WIB and sent back to the pemohon at 09.10, so the pemohon has
/// until Monday 30 November 09.10 (no holidays in between).
/// </summary>
public sealed class ClockSweepTests : IAsyncDisposable
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset ApplicantDue = At(30, 9, 10);

    private readonly FakeTimeProvider _clock = new(At(16, 9, 0));
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sopdesk-clock-{Guid.NewGuid():N}.db");
    private ChangedWorkflows? _workflows;
    private SopDeskAppFactory? _app;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        _workflows?.Dispose();
        SopDeskAppFactory.DeleteDatabase(_path);
    }

    private SopDeskAppFactory App(string onExpiry = "dikembalikan")
    {
        _workflows = new ChangedWorkflows(ak1 =>
        {
            ChangedWorkflows.Step(ak1, "ajukan")["applicantLimit"] = new JsonObject
            {
                ["waktu"] = "10 hari kerja", ["remindBefore"] = "2 hari kerja", ["onExpiry"] = onExpiry,
            };
            ak1["caseDeadline"] = new JsonObject { ["waktu"] = "3 hari kerja", ["from"] = "input-data", ["warnBefore"] = "1 hari kerja" };
        });
        return _app = new SopDeskAppFactory
        {
            Clock = _clock, SharedDatabasePath = _path, Settings = new Dictionary<string, string> { ["Workflows:Path"] = _workflows.Folder },
        };
    }

    [Fact]
    public async Task The_lane_is_reminded_once_within_remindBefore_and_the_berkas_closes_once_on_expiry()
    {
        App();
        var caseId = await ReturnedToApplicantAsync();
        (await OpenItemAsync(caseId)).ApplicantDueAt.ShouldBe(ApplicantDue);
        (await OpenItemAsync(caseId)).DueAt.ShouldBeNull();

        await SweepAtAsync(At(25, 9, 0)); // three working days left: no reminder yet
        (await NoticesAsync(caseId, "applicant-remind")).ShouldBeEmpty();

        await SweepAtAsync(At(26, 9, 11)); // two working days left
        var reminded = await NoticesAsync(caseId, "applicant-remind");
        reminded.Select(n => n.UserId).ShouldBe(await _app!.UsersWithRoleAsync("petugas-penerima"), ignoreOrder: true);
        reminded[0].Text.ShouldContain("30 Nov 2026 09.10 WIB");
        await SweepAtAsync(At(27, 9, 0));
        (await NoticesAsync(caseId, "applicant-remind")).Count.ShouldBe(reminded.Count);

        await SweepAtAsync(At(30, 9, 9));
        (await CaseAsync(caseId)).Status.ShouldBe(CaseStatus.WaitingOnApplicant);

        await SweepAtAsync(At(30, 9, 10));
        await SweepAtAsync(At(30, 9, 30));
        var closed = await CaseAsync(caseId);
        (closed.Status, closed.EndId).ShouldBe((CaseStatus.Closed, "dikembalikan"));
        var journal = await JournalAsync(caseId);
        journal.Count(j => j.Action == nameof(JournalAction.ApplicantLimitExpired)).ShouldBe(1);
        journal.Single(j => j.Action == nameof(JournalAction.CaseClosed)).Detail.ShouldContain("Batas waktu pemohon 10 hari kerja pada langkah 1 habis");
        journal.Single(j => j.Action == nameof(JournalAction.ApplicantLimitExpired)).ActorUserId.ShouldBe("system");
        (await NoticesAsync(caseId, "applicant-expired")).Select(n => n.UserId)
            .ShouldBe(await _app!.UsersWithRoleAsync("petugas-penerima"), ignoreOrder: true);
    }

    [Fact]
    public async Task An_alert_limit_tells_the_lane_once_and_leaves_the_berkas_with_the_pemohon()
    {
        App(ApplicantLimit.Alert);
        var caseId = await ReturnedToApplicantAsync();

        await SweepAtAsync(At(30, 9, 10));
        await SweepAtAsync(At(30, 10, 0));
        await SweepAtAsync(At(1, 9, 0, month: 12));

        (await CaseAsync(caseId)).Status.ShouldBe(CaseStatus.WaitingOnApplicant);
        (await OpenItemAsync(caseId)).SlaState.ShouldBe("Overdue");
        (await JournalAsync(caseId)).Count(j => j.Action == nameof(JournalAction.ApplicantLimitExpired)).ShouldBe(1);
        var told = await NoticesAsync(caseId, "applicant-expired");
        told.Select(n => n.UserId).ShouldBe(await _app!.UsersWithRoleAsync("petugas-penerima"), ignoreOrder: true);
        told[0].Text.ShouldContain("tidak ditutup");
    }

    [Fact]
    public async Task A_resubmission_racing_with_the_expiry_loses_as_a_whole_when_the_expiry_is_stored_first()
    {
        App();
        var caseId = await ReturnedToApplicantAsync();
        var definition = Get<DefinitionCatalog>().Find("ak1").ShouldNotBeNull();
        // The desk loaded the berkas and prepared the resubmission just before the limit ran out…
        _clock.SetUtcNow(At(30, 9, 9));
        Accepted resubmission;
        await using (var db = await DbAsync())
        {
            var state = (await new CaseStore(db).LoadAsync(caseId)).ShouldNotBeNull();
            resubmission = new CaseInterpreter(Get<OfficeTime>().Calendar).Execute(definition, state,
                new CompleteStep(state.OpenItem!.Id, null, FieldExamples.For(definition.Step("ajukan")), null),
                Actor.Of("desk", "Petugas", "petugas-penerima"), OfficeContext.Normal, At(30, 9, 9)).ShouldBeOfType<Accepted>();
        }
        // …but the sweep's expiry is written first: the resubmission finds the item done and writes nothing.
        await SweepAtAsync(At(30, 9, 10));
        await using (var db = await DbAsync())
            (await new CaseStore(db).ApplyAsync(resubmission, definition, Get<OfficeTime>().Calendar.Zone)).ShouldBeOfType<Conflict>();

        (await CaseAsync(caseId)).EndId.ShouldBe("dikembalikan");
        (await ItemsAsync(caseId)).ShouldAllBe(w => w.Status == WorkItemStatus.Done);
    }

    [Fact]
    public async Task A_resubmission_stored_before_the_expiry_leaves_nothing_to_expire()
    {
        App();
        var caseId = await ReturnedToApplicantAsync();
        _clock.SetUtcNow(At(30, 9, 9));
        var item = await OpenItemAsync(caseId);
        var done = await Get<CaseService>().CompleteAsync(caseId, item.Id, null, FieldExamples.For(Ak1().Step("ajukan")), null, await SignedInAsync("petugas-penerima"));
        done.Ok.ShouldBeTrue(done.Message);

        await SweepAtAsync(At(30, 9, 10));
        await SweepAtAsync(At(30, 12, 0));

        var stored = await CaseAsync(caseId);
        (stored.Status, stored.CurrentStepId).ShouldBe((CaseStatus.Active, "periksa"));
        (await JournalAsync(caseId)).ShouldNotContain(j => j.Action == nameof(JournalAction.ApplicantLimitExpired));
        (await OpenItemAsync(caseId)).ApplicantDueAt.ShouldBeNull();
    }

    [Fact]
    public async Task The_anchored_deadline_is_warned_once_before_it_passes_and_its_breach_recorded_once()
    {
        App();
        var caseId = await StartAsync();
        _clock.SetUtcNow(At(16, 9, 10));
        var item = await OpenItemAsync(caseId);
        (await Get<CaseService>().CompleteAsync(caseId, item.Id, "lengkap", FieldExamples.For(Ak1().Step("periksa")), null, await SignedInAsync("petugas-penerima")))
            .Ok.ShouldBeTrue();
        // At input-data from Monday 16 November 09.10: three working days → Thursday 19 November 09.10, warned from Wednesday 18 09.10.

        await SweepAtAsync(At(18, 9, 0));
        (await NoticesAsync(caseId, "deadline-warn")).ShouldBeEmpty();

        await SweepAtAsync(At(18, 9, 15));
        var warned = await NoticesAsync(caseId, "deadline-warn");
        warned.Select(n => n.UserId).Distinct().ShouldBe(
            (await _app!.UsersWithRoleAsync("pengadministrasi")).Concat(await _app!.UsersWithRoleAsync("kasi")).Distinct(), ignoreOrder: true);
        await SweepAtAsync(At(18, 14, 0));
        (await NoticesAsync(caseId, "deadline-warn")).Count.ShouldBe(warned.Count);

        await SweepAtAsync(At(19, 9, 11));
        await SweepAtAsync(At(19, 10, 0));
        var breach = (await _app!.BreachesAsync(caseId)).Where(b => b.Kind == SlaBreachKind.CaseDeadline).ShouldHaveSingleItem();
        breach.DueAt.ShouldBe(At(19, 9, 10));
    }

    [Fact]
    public async Task The_inbox_row_carries_the_applicant_limit_and_the_case_deadline_and_a_holiday_moves_the_limit()
    {
        App();
        var anchored = await StartAsync();
        var waiting = await ReturnedToApplicantAsync();
        (await Get<CaseService>().CompleteAsync(anchored, (await OpenItemAsync(anchored)).Id, "lengkap", FieldExamples.For(Ak1().Step("periksa")), null,
            await SignedInAsync("petugas-penerima"))).Ok.ShouldBeTrue();

        var desk = Actor.Of("desk-uji", "Petugas Uji", "petugas-penerima", "pengadministrasi");
        var waitingRow = (await Get<InboxQuery>().ForAsync(desk, new InboxFilter(Search: (await CaseAsync(waiting)).Number))).ShouldHaveSingleItem();
        waitingRow.ApplicantDueAt.ShouldBe(ApplicantDue);
        waitingRow.CaseDeadline.ShouldNotBeNull().NotStarted.ShouldBeTrue();
        var anchoredRow = (await Get<InboxQuery>().ForAsync(desk, new InboxFilter(Search: (await CaseAsync(anchored)).Number))).ShouldHaveSingleItem();
        anchoredRow.ApplicantDueAt.ShouldBeNull();
        anchoredRow.CaseDeadline.ShouldNotBeNull().DueAt.ShouldBe(At(19, 9, 10));

        // Wednesday 18 November becomes a holiday: the pemohon's tenth working day moves from Monday 30 November to Tuesday 1 December.
        var calendar = Get<OfficeTime>().Calendar;
        await using (var db = await DbAsync())
            await Get<SopDesk.Web.Features.Holidays.DueTimes>().RecomputeAsync(db, new SopDesk.Workflows.Calendar.WorkingCalendar(calendar.Settings,
                [.. calendar.Holidays.Values, new SopDesk.Workflows.Calendar.Holiday(new DateOnly(2026, 11, 18), SopDesk.Workflows.Calendar.HolidayKind.LiburDaerah, "Uji")]));
        (await OpenItemAsync(waiting)).ApplicantDueAt.ShouldBe(At(1, 9, 10, month: 12));
        (await OpenItemAsync(waiting)).DueAt.ShouldBeNull();
    }

    private static DateTimeOffset At(int day, int hour, int minute, int month = 11) => new(2026, month, day, hour, minute, 0, Wib);

    private async Task SweepAtAsync(DateTimeOffset at)
    {
        _clock.SetUtcNow(at);
        await using var scope = _app!.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SlaSweep>().RunAsync();
    }

    private T Get<T>() where T : notnull => _app!.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private SopDefinition Ak1() => Get<DefinitionCatalog>().Find("ak1").ShouldNotBeNull();

    private Task<ClaimsPrincipal> SignedInAsync(string userName) => SignInForm.PrincipalAsync(_app!.Services, userName);

    private async Task<Guid> StartAsync()
    {
        _clock.SetUtcNow(At(16, 9, 0));
        var started = await Get<CaseService>().StartAsync("ak1", FieldExamples.For(Ak1().FirstStep), await SignedInAsync("petugas-penerima"));
        started.Ok.ShouldBeTrue(started.Message);
        return started.CaseId!.Value;
    }

    /// <summary>A berkas registered at 09.00 and found incomplete at 09.10: back with the pemohon at ajukan.</summary>
    private async Task<Guid> ReturnedToApplicantAsync()
    {
        var caseId = await StartAsync();
        _clock.SetUtcNow(At(16, 9, 10));
        var item = await OpenItemAsync(caseId);
        var returned = await Get<CaseService>().CompleteAsync(caseId, item.Id, "tidak-lengkap", new Dictionary<string, string>(), "KTP belum dilampirkan",
            await SignedInAsync("petugas-penerima"));
        returned.Ok.ShouldBeTrue(returned.Message);
        (await OpenItemAsync(caseId)).StepId.ShouldBe("ajukan");
        return caseId;
    }

    private async Task<SopDeskDbContext> DbAsync() => await Get<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();

    private async Task<WorkItemRecord> OpenItemAsync(Guid caseId)
    {
        await using var db = await DbAsync();
        return await db.WorkItems.AsNoTracking().SingleAsync(w => w.CaseId == caseId && w.Status == WorkItemStatus.Open);
    }

    private async Task<List<WorkItemRecord>> ItemsAsync(Guid caseId)
    {
        await using var db = await DbAsync();
        return await db.WorkItems.AsNoTracking().Where(w => w.CaseId == caseId).ToListAsync();
    }

    private async Task<CaseRecord> CaseAsync(Guid caseId)
    {
        await using var db = await DbAsync();
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
    }

    private async Task<List<JournalRecord>> JournalAsync(Guid caseId)
    {
        await using var db = await DbAsync();
        return await db.Journal.AsNoTracking().Where(j => j.CaseId == caseId).ToListAsync();
    }

    private async Task<List<NotificationRecord>> NoticesAsync(Guid caseId, string keyPrefix) =>
        [.. (await _app!.NotifiedAsync(caseId)).Where(n => n.Key.StartsWith(keyPrefix + ":"))];
}
