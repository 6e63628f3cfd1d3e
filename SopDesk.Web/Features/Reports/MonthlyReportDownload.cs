using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;

namespace SopDesk.Web.Features.Reports;

/// <summary>
/// GET /laporan/bulanan/{year}/{month}.xlsx: the monthly report as Excel. Program.cs maps it for supervisors only
/// (checked by the server, not by a hidden button); every download is journaled.
/// </summary>
public static class MonthlyReportDownload
{
    public const string Pattern = "/laporan/bulanan/{year:int}/{month:int}.xlsx";
    public const string Action = JournalActions.ReportDownloaded;

    public static string PathFor(int year, int month) => $"/laporan/bulanan/{year}/{month}.xlsx";

    /// <summary>The journal line of a download; the SLA sweep looks for it to know whether the report was fetched before its due date.</summary>
    public static string JournalDetail(int year, int month) =>
        $"Laporan bulanan {new DateTime(year, month, 1).ToString("MMMM yyyy", OfficeTime.Indonesian)} diunduh (Excel)";

    public static async Task<IResult> HandleAsync(int year, int month, HttpContext http, MonthlyReportService reports,
        IDbContextFactory<SopDeskDbContext> contexts, OfficeTime time, CurrentStaff current, Office.OfficeProfileService office, CancellationToken ct)
    {
        if (month is < 1 or > 12 || year is < 2000 or > 2999) return Results.NotFound();
        // The cookie was checked on this request; the supervisor role is checked against the database now.
        if (await current.CheckAsync(http.User, ct: ct) is not { Actor: { } actor } || !office.Current.IsSupervisor(actor.Roles))
            return Results.Forbid();
        var report = await reports.BuildAsync(year, month, ct);
        var file = MonthlyReportExcel.Build(report);

        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Journal.Add(JournalRecord.For(actor, time.Now, Action, JournalDetail(year, month),
            ipAddress: http.Connection.RemoteIpAddress?.ToString()));
        await db.SaveChangesAsync(ct);
        return Results.File(file, MonthlyReportExcel.ContentType, MonthlyReportExcel.FileName(year, month));
    }
}
