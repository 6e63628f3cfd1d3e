using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Reports;

namespace SopDesk.Tests.Web.Complaints;

/// <summary>
/// November 2026's report is due on 25 December: from the 18th its recipient is reminded once naming that date; after the 25th, one
/// overdue notice if nobody downloaded it (downloads are journaled), none if someone did.
/// </summary>
public sealed class MonthlyReportDueTests : IAsyncLifetime
{
    private ComplaintBed _bed = default!;

    public async Task InitializeAsync() => _bed = await ComplaintBed.CreateAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task The_reminder_names_the_25th_and_an_undownloaded_report_gets_one_overdue_notice()
    {
        await _bed.SweepAtAsync(ComplaintBed.At(17, 9, 0, month: 12));
        (await NoticesAsync("report:")).ShouldBeEmpty();

        await _bed.SweepAtAsync(ComplaintBed.At(18, 9, 0, month: 12));
        await _bed.SweepAtAsync(ComplaintBed.At(24, 9, 0, month: 12));
        var reminders = await NoticesAsync("report:2026-11");
        reminders.ShouldNotBeEmpty();
        reminders.Select(n => n.UserId).Distinct().Count().ShouldBe(reminders.Count);
        reminders[0].Text.ShouldContain("paling lambat 25 Desember 2026");
        (await NoticesAsync("report-overdue:")).ShouldBeEmpty();

        await _bed.SweepAtAsync(ComplaintBed.At(26, 9, 0, month: 12));
        await _bed.SweepAtAsync(ComplaintBed.At(28, 9, 0, month: 12));
        var overdue = await NoticesAsync("report-overdue:2026-11");
        overdue.Count.ShouldBe(reminders.Count);
        overdue[0].Text.ShouldContain("belum pernah diunduh");
    }

    [Fact]
    public async Task A_downloaded_report_gets_no_overdue_notice()
    {
        await using (var db = await _bed.DbAsync())
        {
            db.Journal.Add(new JournalRecord
            {
                At = ComplaintBed.At(20, 9, 0, month: 12), ActorUserId = "kepala", ActorName = "Kepala", Action = MonthlyReportDownload.Action,
                Detail = MonthlyReportDownload.JournalDetail(2026, 11),
            });
            await db.SaveChangesAsync();
        }

        await _bed.SweepAtAsync(ComplaintBed.At(26, 9, 0, month: 12));

        (await NoticesAsync("report-overdue:")).ShouldBeEmpty();
    }

    private async Task<List<NotificationRecord>> NoticesAsync(string keyPrefix)
    {
        await using var db = await _bed.DbAsync();
        return await db.Notifications.AsNoTracking().Where(n => n.Key.StartsWith(keyPrefix)).ToListAsync();
    }
}
