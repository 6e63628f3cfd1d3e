using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Workflows.Engine;
using static SopDesk.Tests.Web.Layanan.Applications.ApplicantBed;

namespace SopDesk.Tests.Web.Layanan.Applications;

/// <summary>The online application through real HTTP posts to the real app: the berkas, its uploads, errors kept in place, one berkas per form.</summary>
public sealed class ApplyTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private static int _serial = 100;
    private static int Next() => Interlocked.Increment(ref _serial);

    private async Task<SopDeskDbContext> DbAsync() =>
        await app.Services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();

    [Fact]
    public async Task An_application_creates_a_berkas_in_the_front_desk_inbox_with_its_uploads()
    {
        var serial = Next();
        var account = await CreateAccountAsync(app.Services, serial);
        var client = Client(app, account);

        var (response, _) = await ApplyAsync(client, "ak1", Ak1Values(serial), Ak1Files());
        var token = TokenOf(response);
        response.Headers.Location!.AbsolutePath.ShouldBe($"/layanan/tanda-terima/{token}");

        var online = await OnlineCaseAsync(app.Services, token);
        online.AccountId.ShouldBe(account.Id);
        await using var db = await DbAsync();
        var berkas = await db.Cases.SingleAsync(c => c.Id == online.CaseId);
        berkas.Status.ShouldBe(CaseStatus.Active);
        berkas.Nik.ShouldBe(account.Nik);
        var open = await db.WorkItems.SingleAsync(w => w.CaseId == berkas.Id && w.Status == WorkItemStatus.Open);
        (open.StepId, open.LaneId).ShouldBe(("periksa", "petugas-penerima"));
        open.Roles.ShouldContain("|petugas-penerima|");
        var uploads = await db.Uploads.Where(u => u.CaseId == berkas.Id).ToListAsync();
        uploads.Select(u => u.UploadId).Order().ShouldBe(["ijazah", "ktp", "pas-foto"]);
        uploads.ShouldAllBe(u => u.Status == UploadStatus.Submitted && u.UploadedByUserId == Actor.Applicant(account.Id, account.Name).UserId);

        var receipt = await client.GetStringAsync(response.Headers.Location);
        receipt.ShouldContain(berkas.Number);
        receipt.ShouldContain("Simpan atau cetak halaman ini");
        receipt.ShouldContain($"/layanan/status/{token}");
    }

    [Fact]
    public async Task Field_errors_show_next_to_their_field_and_typed_values_and_accepted_files_stay()
    {
        var serial = Next();
        var account = await CreateAccountAsync(app.Services, serial);
        var client = Client(app, account);
        var values = Ak1Values(serial);
        values.Remove("alamat");
        values["tempatLahir"] = "Kota Yang Diketik";

        var (response, hidden) = await ApplyAsync(client, "ak1", values, Ak1Files());
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<p class=\"ly-error\" id=\"e_alamat\">Alamat wajib diisi.</p>");
        html.ShouldContain("value=\"Kota Yang Diketik\"");
        // The three accepted files are kept as signed references: the next post need not send them again.
        var kept = HiddenFields(html);
        kept.Keys.Where(k => k.StartsWith("k_")).Order().ShouldBe(["k_ijazah", "k_ktp", "k_pas-foto"]);

        values["alamat"] = "Jl. Baru 2";
        var second = await PostAsync(client, "/layanan/ajukan/ak1", "ajukan", kept, values, new Dictionary<string, byte[]>());
        var online = await OnlineCaseAsync(app.Services, TokenOf(second));
        await using var db = await DbAsync();
        (await db.Uploads.CountAsync(u => u.CaseId == online.CaseId)).ShouldBe(3);
    }

    [Fact]
    public async Task A_refused_file_is_named_next_to_its_input()
    {
        var serial = Next();
        var account = await CreateAccountAsync(app.Services, serial);
        var client = Client(app, account);
        var files = Ak1Files();
        files["pas-foto"] = SopDesk.Web.Features.Demo.SampleDocuments.Pdf(30);

        var (response, _) = await ApplyAsync(client, "ak1", Ak1Values(serial), files);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var input = html.IndexOf("name=\"u_pas-foto\"", StringComparison.Ordinal);
        var error = html.IndexOf("<p class=\"ly-error\">Pas foto 3×4: berkas PDF tidak diterima", StringComparison.Ordinal);
        input.ShouldBeGreaterThan(0);
        error.ShouldBeGreaterThan(input);
        html.IndexOf("name=\"u_", input + 10, StringComparison.Ordinal).ShouldBe(-1, "the message sits under the pas foto input, the last one");
        await using var db = await DbAsync();
        (await db.OnlineCases.CountAsync(o => o.AccountId == account.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task The_same_form_posted_twice_creates_one_berkas()
    {
        var serial = Next();
        var account = await CreateAccountAsync(app.Services, serial);
        var client = Client(app, account);
        var hidden = HiddenFields(await client.GetStringAsync("/layanan/ajukan/ak1"));

        var posts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            PostAsync(client, "/layanan/ajukan/ak1", "ajukan", hidden, Ak1Values(serial), Ak1Files())));
        var again = await PostAsync(client, "/layanan/ajukan/ak1", "ajukan", hidden, Ak1Values(serial), Ak1Files());

        posts.Append(again).Select(TokenOf).Distinct().Count().ShouldBe(1);
        await using var db = await DbAsync();
        (await db.OnlineCases.CountAsync(o => o.AccountId == account.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task An_employer_account_and_an_unconfirmed_email_are_refused()
    {
        var employer = await CreateAccountAsync(app.Services, Next(), PublicAccountKind.PemberiKerja);
        var refused = await Client(app, employer).GetStringAsync("/layanan/ajukan/ak1");
        refused.ShouldContain("Layanan ini hanya untuk akun pencari kerja; akun Anda adalah akun pemberi kerja.");
        refused.ShouldNotContain("name=\"u_ktp\"");

        var serial = Next();
        var unconfirmed = await CreateAccountAsync(app.Services, serial, confirmed: false);
        var client = Client(app, unconfirmed);
        var page = await client.GetStringAsync("/layanan/ajukan/ak1");
        page.ShouldContain("Konfirmasi alamat email Anda dulu");
        page.ShouldContain("Kirim ulang tautan konfirmasi email");
        // A post made up without the form is refused on the server as well.
        var post = await PostAsync(client, "/layanan/ajukan/ak1", "ajukan", HiddenFields(page), Ak1Values(serial), Ak1Files());
        post.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        await using var db = await DbAsync();
        (await db.OnlineCases.CountAsync(o => o.AccountId == unconfirmed.Id || o.AccountId == employer.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Signed_out_visitors_and_staff_cookies_are_sent_to_the_public_sign_in()
    {
        var anonymous = await Client(app).GetAsync("/layanan/ajukan/ak1");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.AbsolutePath.ShouldBe("/layanan/masuk");

        var staff = SignInForm.NewClient(app);
        (await SignInForm.SignInAsync(staff, "petugas-penerima", "SopDesk-Demo-2026")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var mine = await staff.GetAsync("/layanan/berkas");
        mine.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        mine.Headers.Location!.AbsolutePath.ShouldBe("/layanan/masuk");
    }

    [Fact]
    public async Task A_passport_application_with_an_unknown_ak1_number_gets_the_desks_message()
    {
        var serial = Next();
        var account = await CreateAccountAsync(app.Services, serial);
        var values = new Dictionary<string, string>
        {
            ["nama"] = account.Name, ["tempatLahir"] = "Pagar Alam", ["tanggalLahir"] = BirthDate, ["alamat"] = "Jl. Merdeka 1",
            ["nomorAk1"] = "9999/AK1/DISPMPTSPTK/2026", ["negaraTujuan"] = "Malaysia", ["namaP3mi"] = "PT Contoh Penempatan",
        };
        var files = new[] { "surat-permohonan", "surat-pengantar", "ktp", "akta-kelahiran", "kartu-keluarga", "ijazah", "izin-wali",
            "sertifikat-kompetensi", "perjanjian-penempatan" }.ToDictionary(id => id, _ => SopDesk.Web.Features.Demo.SampleDocuments.Pdf(20));

        var (response, _) = await ApplyAsync(Client(app, account), "paspor", values, files);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        await using var scope = app.Services.CreateAsyncScope();
        var desk = await scope.ServiceProvider.GetRequiredService<CaseService>().StartAsync("paspor",
            new Dictionary<string, string>(values) { ["nik"] = account.Nik! }, await SignInForm.PrincipalAsync(app.Services, "petugas-penerima"));
        desk.FieldErrors.ShouldContainKey("nomorAk1");
        var deskMessage = desk.FieldErrors["nomorAk1"];
        html.ShouldContain($"<p class=\"ly-error\" id=\"e_nomorAk1\">{deskMessage}</p>");
    }
}
