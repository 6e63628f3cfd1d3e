using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Demo;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web;

/// <summary>
/// Who may open which page and do which act — every page and every step of an AK1 berkas against every
/// demo officer (and a signed-out visitor), enforced by the server whatever the browser sends.
/// </summary>
public class AuthorizationMatrixTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private static readonly string[] StaffPages = ["/", "/berkas", "/berkas/baru", "/berkas/baru?sop=ak1", "/katalog", "/katalog/ak1", "/plh", "/tanda-tangan", "/notifikasi", "/register"];
    private static readonly string[] SupervisorPages = ["/dasbor/waktu-langkah", "/dasbor/beban-kerja", "/laporan/bulanan", "/laporan/bulanan?bulan=2026-11", "/laporan/bulanan/2026/11.xlsx"];
    private static readonly string[] Supervisors = ["kasi", "kabid", "sekretaris", "kepala-dinas"];
    private static readonly string[] AdminPages = ["/admin/definisi", "/admin/staf", "/admin/staf/baru", "/admin/jurnal", "/admin/hari-libur"];

    public static TheoryData<string> Users => [.. DemoStaff.Members.Select(m => m.UserName)];

    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in_from_every_page()
    {
        var client = SignInForm.NewClient(app);
        foreach (var path in StaffPages.Concat(SupervisorPages).Concat(AdminPages))
        {
            var response = await client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, path);
            response.Headers.Location!.ToString().ShouldStartWith("http://localhost/masuk?ReturnUrl=", customMessage: path);
        }
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Staff_pages_open_for_every_officer_and_admin_pages_only_for_administrators(string userName)
    {
        var client = await SignedInAsync(userName);
        await OpenOnlyIfAsync(client, userName, StaffPages, allowed: true);
        await OpenOnlyIfAsync(client, userName, AdminPages, allowed: userName == "admin");
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Dashboards_and_the_monthly_report_open_only_for_supervisors(string userName) =>
        await OpenOnlyIfAsync(await SignedInAsync(userName), userName, SupervisorPages, allowed: Supervisors.Contains(userName));

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = SignInForm.NewClient(app);
        (await SignInForm.SignInAsync(client, userName, DemoStaff.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    /// <summary>Each path answers 200 when <paramref name="allowed"/>, else sends the officer to the refusal page.</summary>
    private static async Task OpenOnlyIfAsync(HttpClient client, string userName, IEnumerable<string> paths, bool allowed)
    {
        foreach (var path in paths)
        {
            var response = await client.GetAsync(path);
            if (allowed) response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{userName} {path}");
            else response.Headers.Location.ShouldNotBeNull($"{userName} {path}").ToString().ShouldStartWith("http://localhost/ditolak", customMessage: $"{userName} {path}");
        }
    }

    [Fact]
    public async Task Each_step_of_an_AK1_berkas_accepts_a_crafted_completion_only_from_its_lane()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var cases = services.GetRequiredService<CaseService>();
        var ak1 = services.GetRequiredService<DefinitionCatalog>().Find("ak1").ShouldNotBeNull();
        var principals = new Dictionary<string, System.Security.Claims.ClaimsPrincipal>();
        foreach (var member in DemoStaff.Members)
            principals[member.UserName] = await SignInForm.PrincipalAsync(services, member.UserName);

        foreach (var (userName, principal) in principals.Where(p => p.Key != "petugas-penerima"))
            (await cases.StartAsync("ak1", FieldExamples.For(ak1.FirstStep), principal)).Ok.ShouldBeFalse($"{userName} started an AK1 berkas");
        var started = await cases.StartAsync("ak1", FieldExamples.For(ak1.FirstStep), principals["petugas-penerima"]);
        var caseId = started.CaseId!.Value;

        var path = new (string Step, string? Outcome, string Lane)[]
        {
            ("periksa", "lengkap", "petugas-penerima"), ("input-data", null, "pengadministrasi"), ("paraf-kasi", "paraf", "kasi"),
            ("tandatangan", "tandatangan", "kabid"), ("serahkan", null, "petugas-penerima"),
        };
        foreach (var (stepId, outcome, lane) in path)
        {
            var item = (await cases.GetDetailAsync(caseId, principals["admin"]))!.State.OpenItem!;
            item.StepId.ShouldBe(stepId);
            var values = FieldExamples.For(ak1.Step(stepId));
            foreach (var (userName, principal) in principals.Where(p => p.Key != lane))
            {
                var refused = await cases.CompleteAsync(caseId, item.Id, outcome, values, null, principal);
                refused.Ok.ShouldBeFalse($"{userName} completed {stepId}");
                refused.Message.ShouldNotBeNullOrWhiteSpace();
            }
            await cases.RecordReadingAsync(caseId, principals[lane]); // a signer reads before signing
            (await cases.CompleteAsync(caseId, item.Id, outcome, values, null, principals[lane])).Ok.ShouldBeTrue($"{lane} at {stepId}");
        }
        (await cases.GetDetailAsync(caseId, principals["admin"]))!.Case.Status.ShouldBe(CaseStatus.Closed);
    }
}
