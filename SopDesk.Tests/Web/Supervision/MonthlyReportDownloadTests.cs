using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Tests.Web.Supervision;

/// <summary>GET /laporan/bulanan/{year}/{month}.xlsx on the real app with the demo berkas: the file, and its journal line.</summary>
public sealed class MonthlyReportDownloadTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = SignInForm.NewClient(app);
        (await SignInForm.SignInAsync(client, user, DemoStaff.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private async Task<T> WithDbAsync<T>(Func<SopDeskDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<SopDeskDbContext>());
    }

    [Fact]
    public async Task A_supervisor_downloads_a_months_demo_figures_as_Excel_and_the_download_is_journaled()
    {
        var client = await SignedInAsync("sekretaris");
        // The month of the newest demo berkas (the demo spreads them over the last three weeks).
        var starts = await WithDbAsync(async db => (await db.Cases.Select(c => c.StartedAt).ToListAsync()).Select(at => at.ToOffset(TimeSpan.FromHours(7))).ToList());
        var (year, month) = (starts.Max().Year, starts.Max().Month);
        var received = starts.Count(at => at.Year == year && at.Month == month);
        var journaled = await WithDbAsync(db => db.Journal.CountAsync(j => j.Action == "ReportDownloaded"));

        var response = await client.GetAsync($"/laporan/bulanan/{year}/{month}.xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe($"laporan-bulanan-{year}-{month:00}.xlsx");
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        var monthName = new DateTime(year, month, 1).ToString("MMMM yyyy", OfficeTime.Indonesian);
        sheet.Cell("A1").GetString().ShouldBe($"Laporan Bulanan Pelayanan — {monthName}");
        var total = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == "Jumlah");
        total.Cell(3).GetDouble().ShouldBe(received);

        var entries = await WithDbAsync(db => db.Journal.Where(j => j.Action == "ReportDownloaded").OrderBy(j => j.Id).ToListAsync());
        entries.Count.ShouldBe(journaled + 1);
        entries[^1].ActingAs.ShouldContain("sekretaris");
        entries[^1].Detail.ShouldContain(monthName);
    }

    [Theory]
    [InlineData("/laporan/bulanan/2026/13.xlsx")]
    [InlineData("/laporan/bulanan/2026/0.xlsx")]
    public async Task A_month_that_does_not_exist_is_not_found(string path)
    {
        var journaled = await WithDbAsync(db => db.Journal.CountAsync(j => j.Action == "ReportDownloaded"));
        (await (await SignedInAsync("kepala-dinas")).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await WithDbAsync(db => db.Journal.CountAsync(j => j.Action == "ReportDownloaded"))).ShouldBe(journaled);
    }
}
