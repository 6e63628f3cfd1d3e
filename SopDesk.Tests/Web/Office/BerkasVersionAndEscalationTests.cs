using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Office;
using SopDesk.Web.Features.Reports;
using SopDesk.Web.Features.Sla;
using SopDesk.Tests.Web.Sla;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Web.Office;

/// <summary>
/// The SLA sweep and the monthly report on an AK1 berkas whose "periksa" step (5 minutes, petugas-penerima) arrives on
/// Wednesday 23 December 2026 at 15.58 WIB and is due at 07.33 on Monday 28 December (see SlaWatcherTests), escalated after
/// four office hours at 11.33. Escalation goes where the office profile says; the rules come from the berkas's version.
/// </summary>
public sealed class BerkasVersionAndEscalationTests : IAsyncDisposable
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset Arrival = new(2026, 12, 23, 15, 58, 0, Wib);
    private const string OldKegiatan = "Menerima berkas dan meneliti kelengkapan persyaratan administrasi";

    private readonly FakeTimeProvider _clock = new(Arrival);
    private readonly SopDeskAppFactory _app;

    // A later AK1 text: "periksa" renamed, with a 2-day target, in the lane of the JFU (whose superior is the Kabid).
    private readonly ChangedWorkflows _later = new(ak1 =>
    {
        var periksa = ChangedWorkflows.Step(ak1, "periksa");
        periksa["kegiatan"] = "Meneliti berkas (versi baru)";
        periksa["waktu"] = "2 hari";
        ChangedWorkflows.Lane(ak1, "petugas-penerima")["roles"] = new JsonArray("jfu");
    });

    public BerkasVersionAndEscalationTests() => _app = new SopDeskAppFactory { Clock = _clock };

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _later.Dispose();
    }

    [Fact]
    public async Task Escalation_goes_to_the_superior_the_office_profile_names_and_follows_an_edit()
    {
        var form = OfficeProfileForm.From(Get<OfficeProfileService>().Current);
        form.Superiors = form.Superiors.Replace("petugas-penerima = kasi", "petugas-penerima = sekretaris", StringComparison.Ordinal);
        (await Get<OfficeProfileService>().SaveAsync(form, await SignedInAsync("admin"))).Ok.ShouldBeTrue();
        var caseId = await StartAk1Async();

        await SweepAtAsync(At(12, 28, 7, 40));
        await SweepAtAsync(At(12, 28, 11, 34));

        (await _app.BreachesAsync(caseId)).ShouldHaveSingleItem().EscalatedToRole.ShouldBe("sekretaris");
        (await _app.NotifiedAsync(caseId)).Where(n => n.Kind == "Eskalasi").Select(n => n.UserId).ShouldBe(await _app.UsersWithRoleAsync("sekretaris"), ignoreOrder: true);
    }

    [Fact]
    public async Task The_sweep_records_and_escalates_a_breach_by_the_version_the_berkas_runs_on()
    {
        var caseId = await StartAk1Async();
        await Get<DefinitionCatalog>().LoadAsync(_later.Folder, _clock.GetUtcNow());
        Get<DefinitionCatalog>().Find("ak1")!.Step("periksa").Waktu.Text.ShouldBe("2 hari");

        await SweepAtAsync(At(12, 28, 7, 40));
        await SweepAtAsync(At(12, 28, 11, 34));

        var breach = (await _app.BreachesAsync(caseId)).ShouldHaveSingleItem();
        (breach.Target, breach.EscalatedToRole).ShouldBe(("5 menit", "kasi"));
        (await _app.NotifiedAsync(caseId)).ShouldContain(n => n.Kind == "Terlambat" && n.Text.Contains(OldKegiatan));
    }

    [Fact]
    public async Task The_monthly_report_names_and_judges_a_late_step_by_the_version_its_berkas_runs_on()
    {
        await StartAk1Async();
        await Get<DefinitionCatalog>().LoadAsync(_later.Folder, _clock.GetUtcNow());
        _clock.SetUtcNow(At(12, 29, 9, 0));

        var report = await Get<MonthlyReportService>().BuildAsync(2026, 12);

        var periksa = report.Rows.Single(r => r.DefinitionId == "ak1").Breaches.Single(b => b.StepId == "periksa");
        periksa.StepName.ShouldBe(OldKegiatan);
    }

    private static DateTimeOffset At(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, Wib);

    private T Get<T>() where T : notnull => _app.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private async Task SweepAtAsync(DateTimeOffset at)
    {
        _clock.SetUtcNow(at);
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SlaSweep>().RunAsync();
    }

    private Task<ClaimsPrincipal> SignedInAsync(string userName) => SignInForm.PrincipalAsync(_app.Services, userName);

    private async Task<Guid> StartAk1Async()
    {
        _clock.SetUtcNow(Arrival);
        var ak1 = Get<DefinitionCatalog>().Find("ak1").ShouldNotBeNull();
        var started = await Get<CaseService>().StartAsync("ak1", FieldExamples.For(ak1.FirstStep), await SignedInAsync("petugas-penerima"));
        started.Ok.ShouldBeTrue(started.Message);
        return started.CaseId!.Value;
    }
}
