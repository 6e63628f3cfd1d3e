using Bunit;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using SopDesk.Data;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Reports;
using SopDesk.Workflows.Engine;
using static SopDesk.Tests.Web.Supervision.SupervisionSetup;

namespace SopDesk.Tests.Web.Supervision;

/// <summary>
/// Two berkas of <see cref="RevisionLoopSop"/> in November 2026, both sent back to the pemohon: one revised twice and then
/// rejected, one closed as dikembalikan. The report counts the first as Ditolak only and the second as Dikembalikan only.
/// </summary>
public sealed class RejectedInReportTests : IAsyncLifetime
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
    private TempDatabase _database = default!;
    private ServiceProvider _services = default!;
    private MonthlyReport _report = default!;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        var sop = RevisionLoopSop.Load();
        await using (var db = _database.NewContext())
            await new DefinitionStore(db).SyncAsync([sop], CaseDriver.Monday9);

        var rejected = new CaseDriver(sop);
        await ApplyAsync(rejected.Start(), rejected);
        foreach (var (outcome, note) in new (string?, string?)[] { ("revisi", "kurang akta"), (null, null), ("revisi", "akta belum dilegalisir"), (null, null), ("ditolak", "Akta tidak sah") })
            await ApplyAsync(rejected.Do(outcome, note), rejected);
        rejected.State!.EndId.ShouldBe("ditolak");

        var returned = new CaseDriver(sop);
        await ApplyAsync(returned.Start(), returned);
        await ApplyAsync(returned.Do("revisi", "kurang akta"), returned);
        var close = returned.Run(new CloseReturnedCase(returned.State!.OpenItem!.Id, "Pemohon tidak kembali"), CaseDriver.As("petugas-penerima"));
        await ApplyAsync(close.ShouldBeOfType<Accepted>(), returned);
        returned.State!.EndId.ShouldBe("dikembalikan");

        var services = new ServiceCollection();
        AddServices(services, _database, new FakeTimeProvider(At(12, 3, 9, 0)));
        _services = services.BuildServiceProvider();
        await PrepareAsync(_services);
        _report = await _services.GetRequiredService<MonthlyReportService>().BuildAsync(2026, 11);
    }

    private async Task ApplyAsync(Accepted result, CaseDriver driver)
    {
        await using var db = _database.NewContext();
        (await new CaseStore(db).ApplyAsync(result, driver.Definition, Wib)).ShouldBeOfType<Applied>();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private SopMonthFigures Row => _report.Rows.Single(r => r.DefinitionId == "uji-revisi");

    [Fact]
    public void A_rejected_berkas_is_counted_as_ditolak_and_not_as_dikembalikan()
    {
        (Row.Received, Row.Finished, Row.Returned, Row.Rejected).ShouldBe((2, 2, 1, 1));
        _report.Total.Rejected.ShouldBe(1);
        _report.Total.Returned.ShouldBe(1);
    }

    [Fact]
    public void The_workbook_has_a_ditolak_column_beside_dikembalikan()
    {
        using var workbook = new XLWorkbook(new MemoryStream(MonthlyReportExcel.Build(_report)));
        var recap = workbook.Worksheet(1);
        var header = recap.RowsUsed().First(r => r.Cell(1).GetString() == MonthlyReportColumns.Sop);
        header.Cell(5).GetString().ShouldBe("Dikembalikan");
        header.Cell(6).GetString().ShouldBe("Ditolak");
        var row = recap.RowsUsed().Single(r => r.Cell(1).GetString() == "uji-revisi");
        (row.Cell(5).GetDouble(), row.Cell(6).GetDouble()).ShouldBe((1d, 1d));
    }

    [Fact]
    public async Task The_report_page_shows_the_ditolak_figure()
    {
        await using var context = new BunitContext();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        var table = context.Render<MonthlyReportTable>(p => p.Add(t => t.Report, _report));

        table.FindAll("th").Select(th => th.TextContent).ShouldContain("Ditolak");
        var row = table.Find("td[data-sop=uji-revisi]").ParentElement!;
        row.QuerySelector("[data-figure=rejected]")!.TextContent.ShouldBe("1");
        row.QuerySelector("[data-figure=returned]")!.TextContent.ShouldBe("1");
        table.Find("td[data-sop=total]").ParentElement!.QuerySelector("[data-figure=rejected]")!.TextContent.ShouldBe("1");
    }
}
