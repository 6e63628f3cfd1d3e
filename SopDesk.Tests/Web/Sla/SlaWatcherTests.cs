using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Sla;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Web.Sla;

/// <summary>
/// The SLA watcher's sweep on the real app with a fake clock. The AK1 "periksa" step has a 5-minute target; it arrives
/// on Wednesday 23 December 2026 at 15.58 WIB, two minutes before closing, ahead of cuti bersama (24th), Christmas (25th)
/// and a weekend — so by hand: 2 minutes on Wednesday, 3 on Monday 28 December from 07.30, due at 07.33.
/// </summary>
public sealed class SlaWatcherTests : IAsyncDisposable
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset Arrival = new(2026, 12, 23, 15, 58, 0, Wib);
    private static readonly DateTimeOffset Due = new(2026, 12, 28, 7, 33, 0, Wib);

    private readonly FakeTimeProvider _clock = new(Arrival);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sopdesk-sla-{Guid.NewGuid():N}.db");
    private SopDeskAppFactory _app;

    public SlaWatcherTests() => _app = new SopDeskAppFactory { Clock = _clock, SharedDatabasePath = _path };

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        SopDeskAppFactory.DeleteDatabase(_path);
    }

    [Fact]
    public async Task A_step_becomes_overdue_only_when_office_time_runs_out_across_closing_a_holiday_and_a_weekend()
    {
        var caseId = await StartAk1Async();
        (await OpenItemAsync(caseId)).DueAt.ShouldBe(Due);

        foreach (var at in new[] { At(12, 23, 17, 0), At(12, 24, 10, 0), At(12, 25, 10, 0), At(12, 26, 10, 0), At(12, 27, 10, 0), At(12, 28, 7, 32) })
        {
            await SweepAtAsync(at);
            (await _app.BreachesAsync(caseId)).ShouldBeEmpty($"not late yet at {at}");
            (await OpenItemAsync(caseId)).SlaState.ShouldNotBe("Overdue");
        }
        (await OpenItemAsync(caseId)).SlaState.ShouldBe("DueSoon", "one minute of five left is the last quarter");

        await SweepAtAsync(At(12, 28, 7, 34));
        var breach = (await _app.BreachesAsync(caseId)).ShouldHaveSingleItem();
        (breach.StepId, breach.DueAt, breach.Target, breach.HolderUserId).ShouldBe(("periksa", Due, "5 menit", (string?)null));
        (await OpenItemAsync(caseId)).SlaState.ShouldBe("Overdue");
        var told = await _app.NotifiedAsync(caseId);
        told.ShouldNotBeEmpty();
        told.Select(n => n.UserId).ShouldBe(await _app.UsersWithRoleAsync("petugas-penerima"), ignoreOrder: true);

        await SweepAtAsync(At(12, 28, 7, 50));
        (await _app.BreachesAsync(caseId)).Count.ShouldBe(1);
        (await _app.NotifiedAsync(caseId)).Count.ShouldBe(told.Count);
    }

    [Fact]
    public async Task A_breach_still_open_after_the_grace_is_escalated_to_the_lane_superior_once()
    {
        var caseId = await StartAk1Async();
        await SweepAtAsync(At(12, 28, 7, 40));
        // Grace: 4 hours of office time after 07.33 → 11.33 on Monday.
        await SweepAtAsync(At(12, 28, 11, 32));
        (await _app.BreachesAsync(caseId)).ShouldHaveSingleItem().EscalatedAt.ShouldBeNull();

        await SweepAtAsync(At(12, 28, 11, 34));
        var breach = (await _app.BreachesAsync(caseId)).ShouldHaveSingleItem();
        (breach.EscalatedAt, breach.EscalatedToRole).ShouldBe((At(12, 28, 11, 34), "kasi"));
        var escalations = (await _app.NotifiedAsync(caseId)).Where(n => n.Kind == "Eskalasi").ToList();
        escalations.Select(n => n.UserId).ShouldBe(await _app.UsersWithRoleAsync("kasi"), ignoreOrder: true);

        await SweepAtAsync(At(12, 29, 9, 0));
        (await _app.NotifiedAsync(caseId)).Count(n => n.Kind == "Eskalasi").ShouldBe(escalations.Count);
    }

    [Fact]
    public async Task After_a_restart_a_step_that_went_late_while_the_app_was_down_is_recorded_exactly_once()
    {
        var caseId = await StartAk1Async();
        await _app.DisposeAsync();
        _clock.SetUtcNow(At(12, 28, 9, 0));
        _app = new SopDeskAppFactory { Clock = _clock, SharedDatabasePath = _path };

        await SweepAtAsync(At(12, 28, 9, 0));
        await SweepAtAsync(At(12, 28, 9, 1));
        (await _app.BreachesAsync(caseId)).ShouldHaveSingleItem().DetectedAt.ShouldBe(At(12, 28, 9, 0));
        (await _app.NotifiedAsync(caseId)).Count(n => n.Kind == "Terlambat").ShouldBe((await _app.UsersWithRoleAsync("petugas-penerima")).Count);
    }

    [Fact]
    public async Task A_step_done_late_between_sweeps_is_recorded_at_completion_and_never_escalated()
    {
        var caseId = await StartAk1Async();
        _clock.SetUtcNow(At(12, 28, 7, 45));
        var item = await OpenItemAsync(caseId);
        var done = await Get<CaseService>().CompleteAsync(caseId, item.Id, "lengkap", FieldExamples.For(Ak1().Step("periksa")), null, await SignedInAsync("petugas-penerima"));
        done.Ok.ShouldBeTrue(done.Message);

        var breach = (await _app.BreachesAsync(caseId)).ShouldHaveSingleItem();
        // 2 minutes on Wednesday + 15 on Monday (07.30–07.45) taken; 12 minutes past 07.33.
        (breach.ResolvedAt, breach.ActualWorkingMinutes, breach.LateWorkingMinutes).ShouldBe((At(12, 28, 7, 45), 17, 12));

        // Long past the grace (the next step, left undone, goes late and is escalated in its own right).
        await SweepAtAsync(At(12, 29, 12, 0));
        var key = SlaBreachRecord.ItemKey(item.Id);
        (await _app.BreachesAsync(caseId)).Where(b => b.WorkItemId == item.Id).ShouldHaveSingleItem().EscalatedAt.ShouldBeNull();
        (await _app.NotifiedAsync(caseId)).ShouldNotContain(n => n.Key.EndsWith(key));
    }

    private static DateTimeOffset At(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, Wib);

    private async Task SweepAtAsync(DateTimeOffset at)
    {
        _clock.SetUtcNow(at);
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SlaSweep>().RunAsync();
    }

    private T Get<T>() where T : notnull => _app.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private SopDefinition Ak1() => Get<DefinitionCatalog>().Find("ak1").ShouldNotBeNull();

    private Task<ClaimsPrincipal> SignedInAsync(string userName) => SignInForm.PrincipalAsync(_app.Services, userName);

    /// <summary>An AK1 berkas registered at <see cref="Arrival"/>; its "periksa" step is open with nobody holding it.</summary>
    private async Task<Guid> StartAk1Async()
    {
        _clock.SetUtcNow(Arrival);
        var started = await Get<CaseService>().StartAsync("ak1", FieldExamples.For(Ak1().FirstStep), await SignedInAsync("petugas-penerima"));
        started.Ok.ShouldBeTrue(started.Message);
        return started.CaseId!.Value;
    }

    private async Task<SopDeskDbContext> DbAsync() => await Get<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();

    private async Task<WorkItemRecord> OpenItemAsync(Guid caseId)
    {
        await using var db = await DbAsync();
        return await db.WorkItems.SingleAsync(w => w.CaseId == caseId && w.Status == WorkItemStatus.Open);
    }

}

/// <summary>The hosted watcher itself, on the real clock: the demo's overdue berkas get their breaches with nobody opening a page.</summary>
public sealed class SlaWatcherLoopTests
{
    [Fact]
    public async Task The_running_app_records_breaches_on_its_own()
    {
        await using var app = new SopDeskAppFactory { Watch = true };
        _ = app.Server;
        var contexts = app.Services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>();
        // The demo seeder itself records the steps it finished late; only the watcher tells anyone, so wait for its notices.
        var (breaches, notifications) = (0, 0);
        for (var i = 0; i < 100 && notifications == 0; i++)
        {
            await Task.Delay(100);
            await using var db = await contexts.CreateDbContextAsync();
            (breaches, notifications) = (await db.SlaBreaches.CountAsync(), await db.Notifications.CountAsync());
        }
        breaches.ShouldBeGreaterThan(0, "the demo has overdue berkas");
        notifications.ShouldBeGreaterThan(0, "the watcher should have told their holders within 10 s");
    }
}
