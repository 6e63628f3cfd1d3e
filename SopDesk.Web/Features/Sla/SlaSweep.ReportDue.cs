using Microsoft.EntityFrameworkCore;
using SopDesk.Web.Features.Notifications;
using SopDesk.Web.Features.Reports;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.Sla;

public sealed partial class SlaSweep
{
    /// <summary>
    /// Last month's report is due to the Wali Kota on the 25th (Perwali Banjarbaru 29/2015). From the reminder day until the 25th
    /// the office profile's report recipient is reminded once, naming the due date; after the 25th, if nobody has downloaded
    /// that month's report (every download is journaled), they get one overdue notice. Both keyed per month, so once each.
    /// </summary>
    private async Task<int> RemindMonthlyReportAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = time.Calendar.ToLocal(now);
        if (today.Day < settings.ReportReminderDay) return 0;
        var month = new DateTime(today.Year, today.Month, 1).AddMonths(-1);
        var monthName = month.ToString("MMMM yyyy", OfficeTime.Indonesian);
        var due = MonthlyReportDue.DueDate(month.Year, month.Month);
        var dueText = due.ToString("d MMMM yyyy", OfficeTime.Indonesian);
        await using var db = await contexts.CreateDbContextAsync(ct);
        Notice notice;
        if (today.Day <= MonthlyReportDue.DayOfMonth)
            notice = new Notice($"report:{month:yyyy-MM}", "Laporan", $"Laporan bulanan {monthName}: batas {dueText}",
                $"Laporan bulanan {monthName} untuk Wali Kota harus disampaikan paling lambat {dueText}. Unduh di menu Laporan bulanan.", null);
        else
        {
            var detail = MonthlyReportDownload.JournalDetail(month.Year, month.Month);
            if (await db.Journal.AnyAsync(j => j.Action == MonthlyReportDownload.Action && j.Detail == detail, ct)) return 0;
            notice = new Notice($"report-overdue:{month:yyyy-MM}", "Laporan", $"Laporan bulanan {monthName} terlambat",
                $"Batas penyampaian laporan bulanan {monthName} ({dueText}) sudah lewat dan laporannya belum pernah diunduh. Unduh di menu Laporan bulanan.", null);
        }
        var added = await Notifier.AddOnceAsync(db, WithRoles([office.Current.ReportRecipientRole], await EveryoneAsync(ct)), notice, now, ct);
        await db.SaveChangesAsync(ct);
        return added;
    }
}
