using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Staff;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Web.Office;

/// <summary>
/// A SOP file that names a lane role the code has never heard of ("petugas-loket" for AK1's front desk, on an office with
/// only its administrator): the role is offered on /admin/staf, its holder acts on its steps, and until someone holds
/// it /admin/definisi and the SOP page say which steps nobody can take.
/// </summary>
public sealed class NewLaneRoleTests : IAsyncDisposable
{
    private const string NewRole = "petugas-loket";
    private const string AdminPassword = "Kantor-Uji-2026!x";
    private const string OfficerPassword = "Tiga-Kelinci-Biru-88"; // names none of the officer's own words

    private readonly ChangedWorkflows _workflows = new(ak1 =>
    {
        ChangedWorkflows.Lane(ak1, "pemohon")["roles"] = new JsonArray(NewRole);
        ChangedWorkflows.Lane(ak1, "petugas-penerima")["roles"] = new JsonArray(NewRole);
    });

    private readonly SopDeskAppFactory _app;

    public NewLaneRoleTests() => _app = new SopDeskAppFactory
    {
        Settings = new Dictionary<string, string>
        {
            ["Demo:Seed"] = "false", ["Bootstrap:AdminPassword"] = AdminPassword, ["Workflows:Path"] = _workflows.Folder,
        },
    };

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _workflows.Dispose();
    }

    private T Get<T>() where T : notnull => _app.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private static NewStaff Officer(params string[] lanes) => new()
    {
        UserName = "loket", FullName = "Petugas Loket Uji", Nip = "", Jabatan = "Petugas Loket", Lanes = [.. lanes], Password = OfficerPassword,
    };

    [Fact]
    public async Task A_lane_role_declared_only_in_a_SOP_file_is_offered_given_and_then_acts_on_its_step()
    {
        var admin = await SignInForm.PrincipalAsync(_app.Services, "admin");
        var staff = Get<StaffService>();
        (await staff.RoleChoicesAsync(admin)).Select(r => r.Id).ShouldContain(NewRole);

        var made = await staff.AddAsync(Officer(NewRole), admin);
        made.Ok.ShouldBeTrue(made.Message);
        var officer = await SignInForm.PrincipalAsync(_app.Services, "loket");

        var ak1 = Get<DefinitionCatalog>().Find("ak1").ShouldNotBeNull();
        var started = await Get<CaseService>().StartAsync("ak1", FieldExamples.For(ak1.FirstStep), officer);
        started.Ok.ShouldBeTrue(started.Message);
        await using var db = await Get<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();
        var periksa = await db.WorkItems.SingleAsync(w => w.CaseId == started.CaseId && w.Status == WorkItemStatus.Open);
        periksa.StepId.ShouldBe("periksa");
        var done = await Get<CaseService>().CompleteAsync(started.CaseId!.Value, periksa.Id, "lengkap", FieldExamples.For(ak1.Step("periksa")), null, officer);
        done.Ok.ShouldBeTrue(done.Message);
    }

    [Fact]
    public async Task A_role_neither_in_a_SOP_file_nor_in_the_office_profile_is_refused_on_the_server()
    {
        var outcome = await Get<StaffService>().AddAsync(Officer("peran-karangan"), await SignInForm.PrincipalAsync(_app.Services, "admin"));

        outcome.Ok.ShouldBeFalse();
        outcome.FieldErrors[StaffFields.Lanes].ShouldContain("peran-karangan");
    }

    [Fact]
    public async Task A_lane_role_nobody_holds_is_warned_about_with_its_steps_on_the_definitions_page_and_the_SOP_page_until_it_is_given()
    {
        var client = SignInForm.NewClient(_app);
        (await SignInForm.SignInAsync(client, "admin", AdminPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        foreach (var page in new[] { "/admin/definisi", "/katalog/ak1" })
        {
            var html = await client.GetStringAsync(page);
            html.ShouldContain($"data-role=\"{NewRole}\"", customMessage: page);
            html.ShouldContain("langkah 2", customMessage: page);
            html.ShouldContain("Menerima berkas dan meneliti kelengkapan", customMessage: page);
        }

        (await Get<StaffService>().AddAsync(Officer(NewRole), await SignInForm.PrincipalAsync(_app.Services, "admin"))).Ok.ShouldBeTrue();
        foreach (var page in new[] { "/admin/definisi", "/katalog/ak1" })
            (await client.GetStringAsync(page)).ShouldNotContain($"data-role=\"{NewRole}\"", customMessage: page);
    }
}
