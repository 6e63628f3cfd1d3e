using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Data.Inbox;
using SopDesk.Web.Features.Inbox;
using SopDesk.Web.Features.Plh;
using SopDesk.Web.Security;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Web;

/// <summary>
/// The officers' desk through the app's own services on the real app (demo staff, real SQLite): Plh,
/// signing only after reading, disposisi into the recipient's inbox — each checked on the server.
/// </summary>
public sealed class OfficersDeskTests : IAsyncLifetime
{
    private readonly SopDeskAppFactory _app = new();
    private AsyncServiceScope _scope;

    public Task InitializeAsync()
    {
        _ = _app.Server; // starts the app: migrations, demo staff and berkas
        _scope = _app.Services.CreateAsyncScope();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _app.DisposeAsync();
    }

    private T Get<T>() where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    private Task<ClaimsPrincipal> SignedInAsync(string userName) => SignInForm.PrincipalAsync(_scope.ServiceProvider, userName);

    /// <summary>A new AK1 berkas walked to its sign step (Kabid's signature).</summary>
    private async Task<(Guid CaseId, Guid ItemId)> Ak1AtSignatureAsync()
    {
        var cases = Get<CaseService>();
        var ak1 = Get<SopDesk.Web.Features.Catalog.DefinitionCatalog>().Find("ak1").ShouldNotBeNull();
        var started = await cases.StartAsync("ak1", FieldExamples.For(ak1.FirstStep), await SignedInAsync("petugas-penerima"));
        started.Ok.ShouldBeTrue(started.Message);
        var caseId = started.CaseId!.Value;
        foreach (var (user, outcome) in new[] { ("petugas-penerima", "lengkap"), ("pengadministrasi", (string?)null), ("kasi", "paraf") })
        {
            var detail = (await cases.GetDetailAsync(caseId, await SignedInAsync(user))).ShouldNotBeNull();
            var step = detail.Definition.Step(detail.State.OpenItem!.StepId);
            var done = await cases.CompleteAsync(caseId, detail.State.OpenItem.Id, outcome, FieldExamples.For(step), null, await SignedInAsync(user));
            done.Ok.ShouldBeTrue(done.Message);
        }
        var open = (await cases.GetDetailAsync(caseId, await SignedInAsync("kabid"))).ShouldNotBeNull().State.OpenItem!;
        open.StepId.ShouldBe("tandatangan");
        return (caseId, open.Id);
    }

    [Fact]
    public async Task The_Kasi_signs_503_48_as_Plh_while_the_Kabid_is_marked_absent_and_is_refused_when_not()
    {
        var (caseId, itemId) = await Ak1AtSignatureAsync();
        var cases = Get<CaseService>();
        var kasi = await SignedInAsync("kasi");

        var refused = await cases.CompleteAsync(caseId, itemId, "tandatangan", new Dictionary<string, string>(), null, kasi);
        refused.Ok.ShouldBeFalse();
        refused.Message.ShouldNotBeNull().ShouldContain("Anda tidak memegang peran itu");

        var kabidUser = (await Get<UserManager<StaffUser>>().FindByNameAsync("kabid"))!;
        var kasiUser = (await Get<UserManager<StaffUser>>().FindByNameAsync("kasi"))!;
        var now = DateTimeOffset.UtcNow;
        var absences = Get<AbsenceService>();
        (await absences.RecordAsync(new AbsenceRequest(kabidUser.Id, "kabid", kasiUser.Id, now.AddHours(-1), now.AddDays(1), "Dinas luar"), kasi))
            .Message.ShouldBe("Hanya pejabat yang bersangkutan atau administrator yang dapat mencatat ketidakhadiran.");
        (await absences.RecordAsync(new AbsenceRequest(kabidUser.Id, "kabid", kasiUser.Id, now.AddHours(-1), now.AddDays(1), "Dinas luar"),
            await SignedInAsync("kabid"))).Ok.ShouldBeTrue();

        (await Get<InboxQuery>().ForAsync(ActorFactory.FromPrincipal(kasi))).ShouldContain(i => i.WorkItemId == itemId);
        (await cases.RecordReadingAsync(caseId, kasi)).ShouldBeTrue();
        var signed = await cases.CompleteAsync(caseId, itemId, "tandatangan", new Dictionary<string, string>(), null, kasi);
        signed.Ok.ShouldBeTrue(signed.Message);

        await using var db = await Get<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();
        (await db.WorkItems.SingleAsync(w => w.Id == itemId)).ActingAs.ShouldBe("Plh. kabid");
        (await db.Journal.Where(j => j.CaseId == caseId && j.Action == "Signed").Select(j => j.ActingAs).SingleAsync()).ShouldBe("Plh. kabid");
        (await db.Journal.CountAsync(j => j.Action == "AbsenceRecorded")).ShouldBe(1);
    }

    [Fact]
    public async Task A_signature_from_the_queue_is_refused_until_the_signer_has_read_the_berkas()
    {
        var (caseId, itemId) = await Ak1AtSignatureAsync();
        var kabid = await SignedInAsync("kabid");
        var cases = Get<CaseService>();

        (await Get<InboxQuery>().ForAsync(ActorFactory.FromPrincipal(kabid), new InboxFilter { Kind = StepKind.Sign }))
            .ShouldContain(i => i.WorkItemId == itemId);
        var unread = await cases.SignAsync(caseId, itemId, kabid);
        unread.Ok.ShouldBeFalse();
        unread.Message.ShouldNotBeNull().ShouldStartWith("Baca berkas ini sebelum menandatangani");

        (await cases.ViewForSigningAsync(caseId, kabid)).ShouldNotBeNull();
        (await cases.SignAsync(caseId, itemId, kabid)).Ok.ShouldBeTrue();
        (await cases.SignAsync(caseId, itemId, kabid)).Ok.ShouldBeFalse("signing is final: a second signature finds the step done");
    }

    [Fact]
    public async Task A_disposisi_reaches_the_named_officers_inbox_and_others_of_the_lane_may_not_act()
    {
        var (caseId, itemId) = await Ak1AtSignatureAsync();
        var cases = Get<CaseService>();
        var kasiUser = (await Get<UserManager<StaffUser>>().FindByNameAsync("kasi"))!;
        var kabid = await SignedInAsync("kabid");

        // Reassigning the Kabid's signature to the Kasi is refused: the Kasi cannot sign while the Kabid is present.
        var wrong = await cases.DisposeAsync(caseId, itemId, kasiUser.Id, "Mohon ditandatangani", kabid);
        wrong.Ok.ShouldBeFalse();
        wrong.FieldErrors.ShouldContainKey("to");

        var petugas = await SignedInAsync("petugas-penerima");
        (await cases.ClaimAsync(caseId, itemId, petugas)).Ok.ShouldBeFalse();
        (await cases.ClaimAsync(caseId, itemId, kabid)).Ok.ShouldBeTrue();
        var detail = (await cases.GetDetailAsync(caseId, kabid)).ShouldNotBeNull();
        detail.State.OpenItem!.Holder!.Name.ShouldBe(ActorFactory.FromPrincipal(kabid).Name);
        (await Get<InboxQuery>().CountAsync(ActorFactory.FromPrincipal(kabid))).Mine.ShouldBe(1);
    }
}
