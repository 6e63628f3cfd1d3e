using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Privacy;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using static SopDesk.Tests.Web.Documents.DocumentTestBed;

namespace SopDesk.Tests.Web.Privacy;

/// <summary>
/// A person's right of access: an administrator produces one JSON file with the NIK's berkas (values and steps), register
/// lines and documents, and the journal of who saw them; the request is journaled; anyone else is refused.
/// </summary>
public sealed class SubjectAccessTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private SubjectAccess Access => app.Services.GetRequiredService<SubjectAccess>();

    /// <summary>A finished AK1 for <see cref="Nik"/>, opened once by the Kasi (a view of personal data, journaled).</summary>
    private async Task<(Guid CaseId, RegisterEntryRecord Entry)> BerkasSeenByTheKasiAsync()
    {
        var caseId = await Ak1Async(app, through: "serahkan");
        var kasi = ActorFactory.FromPrincipal(await SignInForm.PrincipalAsync(app.Services, "kasi"));
        await using var db = NewContext(app);
        db.Journal.Add(JournalRecord.For(kasi, app.Services.GetRequiredService<OfficeTime>().Now, "PersonalDataViewed", "Membuka berkas", caseId));
        await db.SaveChangesAsync();
        return (caseId, await EntryAsync(app, caseId));
    }

    private async Task<long> LastJournalIdAsync()
    {
        await using var db = NewContext(app);
        return await db.Journal.MaxAsync(j => j.Id);
    }

    [Fact]
    public async Task The_file_holds_the_berkas_with_values_and_steps_the_register_line_and_document_and_who_viewed_it()
    {
        var (caseId, entry) = await BerkasSeenByTheKasiAsync();
        var admin = await SignInForm.PrincipalAsync(app.Services, "admin");

        var result = await Access.ProduceAsync(admin, Nik);

        result.Error.ShouldBeNull();
        var file = (await Access.TakeAsync(result.FileId!.Value, admin)).ShouldNotBeNull();
        file.FileName.ShouldEndWith(".json");
        file.FileName.ShouldNotContain(Nik);
        using var json = JsonDocument.Parse(file.Content);
        var root = json.RootElement;
        root.GetProperty("nik").GetString().ShouldBe(Nik);
        await using var db = NewContext(app);
        var row = await db.Cases.Include(c => c.WorkItems).SingleAsync(c => c.Id == caseId);
        var number = row.Number;
        var berkas = root.GetProperty("berkas").EnumerateArray().Single(b => b.GetProperty("number").GetString() == number);
        berkas.GetProperty("values").GetRawText().ShouldContain(FullName);
        berkas.GetProperty("values").GetRawText().ShouldContain(Address);
        berkas.GetProperty("steps").GetArrayLength().ShouldBe(row.WorkItems.Count);
        var line = root.GetProperty("registerLines").EnumerateArray().Single(l => l.GetProperty("number").GetString() == entry.Number);
        line.GetProperty("document").GetString().ShouldBe(entry.Document);
        line.GetProperty("documentName").GetString().ShouldBe(SopDesk.Web.Features.Documents.DocumentTexts.Ak1FullName, "the title, not only the id");
        line.GetProperty("signedBy").GetString().ShouldBe(entry.SignedByName);
        var journal = root.GetProperty("journal").EnumerateArray().Where(j => j.GetProperty("berkas").GetString() == number).ToList();
        var kasi = ActorFactory.FromPrincipal(await SignInForm.PrincipalAsync(app.Services, "kasi")).Name;
        journal.ShouldContain(j => j.GetProperty("action").GetString() == "Melihat data pribadi" && j.GetProperty("who").GetString() == kasi);
        journal.ShouldContain(j => j.GetProperty("action").GetString() == "Berkas didaftarkan");
    }

    [Fact]
    public async Task The_request_is_journaled_with_the_NIK_masked()
    {
        await BerkasSeenByTheKasiAsync();
        var admin = await SignInForm.PrincipalAsync(app.Services, "admin");
        var last = await LastJournalIdAsync();

        (await Access.ProduceAsync(admin, Nik)).Error.ShouldBeNull();

        await using var db = NewContext(app);
        var line = (await db.Journal.Where(j => j.Id > last && j.Action == SubjectAccess.Action).ToListAsync()).ShouldHaveSingleItem();
        line.ActorUserId.ShouldBe(ActorFactory.FromPrincipal(admin).UserId);
        line.Detail.ShouldContain(SopDesk.Web.Access.PersonalDataPolicy.MaskNik(Nik));
        line.Detail.ShouldNotContain(Nik);
    }

    [Theory]
    [InlineData("", "Isi NIK")]
    [InlineData("167201450590000", "tepat 16 angka")]
    [InlineData("1672 0145 0590 0003", "tepat 16 angka")]
    public async Task A_NIK_that_is_not_sixteen_digits_gets_a_clear_message_and_nothing_is_produced(string nik, string message)
    {
        var last = await LastJournalIdAsync();

        var result = await Access.ProduceAsync(await SignInForm.PrincipalAsync(app.Services, "admin"), nik);

        result.Error.ShouldNotBeNull().ShouldContain(message);
        result.FileId.ShouldBeNull();
        (await LastJournalIdAsync()).ShouldBe(last);
    }

    [Theory]
    [InlineData("kasi")]
    [InlineData("kepala-dinas")]
    public async Task Anyone_but_an_administrator_is_refused_at_the_service_the_page_and_the_download(string userName)
    {
        var officer = await SignInForm.PrincipalAsync(app.Services, userName);
        var last = await LastJournalIdAsync();

        (await Access.ProduceAsync(officer, Nik)).Error.ShouldBe(SubjectAccess.NotAdministrator);
        (await LastJournalIdAsync()).ShouldBe(last);

        var produced = await Access.ProduceAsync(await SignInForm.PrincipalAsync(app.Services, "admin"), Nik);
        (await Access.TakeAsync(produced.FileId!.Value, officer)).ShouldBeNull();
        var client = await SignedInAsync(app, userName);
        (await client.GetAsync("/admin/data-pribadi")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await client.GetAsync(SubjectAccess.DownloadPath(produced.FileId!.Value))).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_administrator_opens_the_page_and_downloads_the_file_once()
    {
        var produced = await Access.ProduceAsync(await SignInForm.PrincipalAsync(app.Services, "admin"), Nik);
        var client = await SignedInAsync(app, "admin");

        var page = await client.GetAsync("/admin/data-pribadi");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("Data pribadi seseorang (hak akses)");
        var first = await client.GetAsync(SubjectAccess.DownloadPath(produced.FileId!.Value));
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        (await first.Content.ReadAsStringAsync()).ShouldContain(Nik);
        (await client.GetAsync(SubjectAccess.DownloadPath(produced.FileId!.Value))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
