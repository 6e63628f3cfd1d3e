using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Workflows.Engine;
using static SopDesk.Tests.Web.Layanan.Applications.ApplicantBed;

namespace SopDesk.Tests.Web.Layanan.Applications;

/// <summary>"Tidak lengkap" online: the officer's reasons reach the owner only, the resubmission replaces documents, the token shows no one's name.</summary>
public sealed class ReturnAndStatusTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private const string ReturnNote = "KTP buram, mohon unggah ulang yang terbaca.";
    private static int _serial = 300;

    private async Task<SopDeskDbContext> DbAsync() =>
        await app.Services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();

    /// <summary>An applied berkas the front desk returned as incomplete, its KTP refused with a reason.</summary>
    private async Task<(PublicAccountRecord Account, HttpClient Client, string Token, Guid CaseId, string OfficerName)> ReturnedAsync()
    {
        var serial = Interlocked.Increment(ref _serial);
        var account = await CreateAccountAsync(app.Services, serial);
        var client = Client(app, account);
        var token = TokenOf((await ApplyAsync(client, "ak1", Ak1Values(serial), Ak1Files())).Response);
        var caseId = (await OnlineCaseAsync(app.Services, token)).CaseId;
        await using (var db = await DbAsync())
        {
            var ktp = await db.Uploads.SingleAsync(u => u.CaseId == caseId && u.UploadId == "ktp");
            ktp.Status = UploadStatus.Refused;
            ktp.ReviewNote = "Foto KTP buram";
            await db.SaveChangesAsync();
        }
        await using var scope = app.Services.CreateAsyncScope();
        var officer = await SignInForm.PrincipalAsync(app.Services, "petugas-penerima");
        Guid itemId;
        await using (var db = await DbAsync())
            itemId = (await db.WorkItems.SingleAsync(w => w.CaseId == caseId && w.Status == WorkItemStatus.Open)).Id;
        var outcome = await scope.ServiceProvider.GetRequiredService<CaseService>()
            .CompleteAsync(caseId, itemId, "tidak-lengkap", new Dictionary<string, string>(), ReturnNote, officer);
        outcome.Ok.ShouldBeTrue(outcome.Message);
        await using (var db = await DbAsync())
            return (account, client, token, caseId, (await db.WorkItems.SingleAsync(w => w.Id == itemId)).ActorName!);
    }

    [Fact]
    public async Task The_owner_sees_the_reasons_replaces_the_refused_document_and_the_berkas_returns_to_the_desk()
    {
        var (account, client, token, caseId, _) = await ReturnedAsync();

        var status = WebUtility.HtmlDecode(await client.GetStringAsync($"/layanan/status/{token}"));
        status.ShouldContain("Menunggu Anda");
        status.ShouldContain(ReturnNote);
        status.ShouldContain("Alasan: Foto KTP buram");
        status.ShouldContain("Batas waktu Anda");

        var form = await client.GetAsync($"/layanan/status/{token}/perbaiki");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync());
        html.ShouldContain("Ditolak petugas: Foto KTP buram");
        var hidden = HiddenFields(html);

        // Without the refused KTP replaced, the resubmission is refused next to the KTP input.
        var missing = await PostAsync(client, $"/layanan/status/{token}/perbaiki", "perbaiki", hidden, Ak1Values(0), new Dictionary<string, byte[]>());
        WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()).ShouldContain("KTP: pilih berkas untuk diunggah.");

        var values = Ak1Values(0);
        values["nama"] = account.Name;
        values["alamat"] = "Jl. Perbaikan 3";
        var resubmit = await PostAsync(client, $"/layanan/status/{token}/perbaiki", "perbaiki", hidden, values,
            new Dictionary<string, byte[]> { ["ktp"] = SopDesk.Web.Features.Demo.SampleDocuments.Jpeg(30, 9) });
        resubmit.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = await DbAsync();
        var berkas = await db.Cases.SingleAsync(c => c.Id == caseId);
        (berkas.Status, berkas.CurrentStepId).ShouldBe((CaseStatus.Active, "periksa"));
        var ktps = await db.Uploads.Where(u => u.CaseId == caseId && u.UploadId == "ktp").OrderBy(u => u.UploadedAt).ToListAsync();
        ktps.Count.ShouldBe(2);
        ktps[0].Status.ShouldBe(UploadStatus.Replaced);
        ktps[0].ReplacedById.ShouldBe(ktps[1].Id);
        ktps[1].Status.ShouldBe(UploadStatus.Submitted);
        (await db.OnlineCases.SingleAsync(o => o.CaseId == caseId)).Resubmissions.ShouldBe(1);
    }

    [Fact]
    public async Task A_token_holder_who_is_not_the_owner_sees_where_the_berkas_is_but_no_names_notes_or_documents()
    {
        var (account, _, token, _, officerName) = await ReturnedAsync();

        var page = WebUtility.HtmlDecode(await Client(app).GetStringAsync($"/layanan/status/{token}"));

        page.ShouldContain("Menunggu Anda");
        page.ShouldContain("Langkah 2");
        page.ShouldContain("Petugas Penerima");
        page.ShouldNotContain(account.Name);
        page.ShouldNotContain(account.Nik!);
        page.ShouldNotContain(officerName);
        page.ShouldNotContain(ReturnNote);
        page.ShouldNotContain("/dokumen/");
        page.ShouldNotContain("Foto KTP buram");
    }

    [Fact]
    public async Task Another_citizen_gets_not_found_on_the_fix_page_and_sees_no_documents()
    {
        var (_, _, token, caseId, _) = await ReturnedAsync();
        var other = Client(app, await CreateAccountAsync(app.Services, Interlocked.Increment(ref _serial)));

        var fix = await other.GetAsync($"/layanan/status/{token}/perbaiki");
        fix.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fix.Content.ReadAsStringAsync()).ShouldContain("tidak ditemukan");
        var post = await PostAsync(other, $"/layanan/status/{token}/perbaiki", "perbaiki", [], Ak1Values(0), Ak1Files());
        post.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        (await other.GetStringAsync($"/layanan/status/{token}")).ShouldNotContain("/dokumen/");
        (await other.GetAsync("/layanan/status/bukan-token-yang-ada")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var db = await DbAsync();
        (await db.Cases.SingleAsync(c => c.Id == caseId)).Status.ShouldBe(CaseStatus.WaitingOnApplicant);
    }

    [Fact]
    public async Task The_owners_list_shows_the_berkas_waiting_on_them()
    {
        var (_, client, token, caseId, _) = await ReturnedAsync();
        string number;
        await using (var db = await DbAsync()) number = (await db.Cases.SingleAsync(c => c.Id == caseId)).Number;

        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/layanan/berkas"));

        list.ShouldContain(number);
        list.ShouldContain($"/layanan/status/{token}/perbaiki");
        list.ShouldContain("Menunggu Anda");
    }
}
