using System.Collections.Immutable;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.Registers;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Web.Documents;

/// <summary>
/// AK1 berkas on the demo app, driven by the demo staff through <see cref="CaseService"/> as the berkas page would, with an
/// applicant whose every personal value is known — so a test can look for each of them, or for its absence, in a page.
/// </summary>
internal static class DocumentTestBed
{
    public const string FullName = "Siti Aminah";
    public const string MaskedName = "Si** Am****";
    public const string Nik = FieldExamples.Nik; // born 5 May 1990, a woman
    public const string BirthDate = "1990-05-05";
    public const string BirthDateInWords = "5 Mei 1990";
    public const string Address = "Jl. Kenanga No. 17, Kel. Nendagung";

    private static readonly ImmutableDictionary<string, string> Submission = new Dictionary<string, string>
    {
        ["nik"] = Nik, ["nama"] = FullName, ["tempatLahir"] = "Lahat", ["tanggalLahir"] = BirthDate, ["jenisKelamin"] = "Perempuan",
        ["pendidikan"] = "SMA/SMK", ["alamat"] = Address, ["telepon"] = "081234567890",
    }.ToImmutableDictionary();

    private static readonly ImmutableDictionary<string, string> DataEntry = new Dictionary<string, string>
    {
        ["keterampilan"] = "Menjahit", ["statusPerkawinan"] = "Kawin", ["agama"] = "Islam", ["jurusan"] = "Tata Busana", ["tahunLulus"] = "2008",
    }.ToImmutableDictionary();

    /// <summary>AK1's steps in order: who completes each and with which outcome.</summary>
    private static readonly (string Step, string? Outcome, string UserName)[] Ak1Path =
    [
        ("periksa", "lengkap", "petugas-penerima"), ("input-data", null, "pengadministrasi"), ("paraf-kasi", "paraf", "kasi"),
        ("tandatangan", "tandatangan", "kabid"), ("serahkan", null, "petugas-penerima"),
    ];

    /// <summary>A new AK1 berkas for <see cref="FullName"/>, carried through <paramref name="through"/> ("ajukan" = only registered).</summary>
    public static async Task<Guid> Ak1Async(WebApplicationFactory<Program> app, string through, string signer = "kabid")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var cases = scope.ServiceProvider.GetRequiredService<CaseService>();
        var started = await cases.StartAsync("ak1", Submission, await SignInForm.PrincipalAsync(app.Services, "petugas-penerima"));
        started.Ok.ShouldBeTrue(started.Message);
        var caseId = started.CaseId!.Value;
        if (through == "ajukan") return caseId;
        foreach (var (step, outcome, userName) in Ak1Path)
        {
            var actor = await SignInForm.PrincipalAsync(app.Services, step == "tandatangan" ? signer : userName);
            var detail = (await cases.GetDetailAsync(caseId, actor))!;
            var item = detail.State.OpenItem!;
            item.StepId.ShouldBe(step);
            if (step == "tandatangan") (await cases.RecordReadingAsync(caseId, actor)).ShouldBeTrue();
            var done = await cases.CompleteAsync(caseId, item.Id, outcome, step == "input-data" ? DataEntry : FieldExamples.For(detail.Definition.Step(step)), null, actor);
            done.Ok.ShouldBeTrue($"{step}: {done.Message}");
            if (step == through) break;
        }
        return caseId;
    }

    public static async Task<RegisterEntryRecord> EntryAsync(WebApplicationFactory<Program> app, Guid caseId)
    {
        await using var db = NewContext(app);
        return await db.RegisterEntries.AsNoTracking().SingleAsync(e => e.CaseId == caseId);
    }

    /// <summary>The Kasi cancels the line on the buku register (the number stays, the line is void); returns when.</summary>
    public static async Task<DateTimeOffset> CancelAsync(WebApplicationFactory<Program> app, Guid entryId, string reason)
    {
        await using var db = NewContext(app);
        var kasi = ActorFactory.FromPrincipal(await SignInForm.PrincipalAsync(app.Services, "kasi"));
        var now = app.Services.GetRequiredService<OfficeTime>().Now;
        (await RegisterBook.CancelAsync(db, entryId, kasi, reason, now)).ShouldBeTrue();
        return now;
    }

    public static SopDeskDbContext NewContext(WebApplicationFactory<Program> app) =>
        app.Services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContext();

    /// <summary>A browser-like client signed in through the real form as a demo officer.</summary>
    public static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> app, string userName)
    {
        var client = SignInForm.NewClient(app);
        (await SignInForm.SignInAsync(client, userName, DemoStaff.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    /// <summary>The page's HTML with attribute entities decoded (the QR's data URI is written with &amp;#x2B; for '+').</summary>
    public static async Task<(HttpStatusCode Status, string Html)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
