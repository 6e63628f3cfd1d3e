using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Documents;
using SopDesk.Web.Features.Shared;
using static SopDesk.Tests.Web.Documents.DeclaredDocumentTestBed;
using static SopDesk.Tests.Web.Documents.DocumentTestBed;

namespace SopDesk.Tests.Web.Documents;

/// <summary>
/// A "surat" declared only in a SOP file (the tests' "surat-uji"): printed with its title, number, fields, body, signer and QR
/// code from the same page family, access rule and public verification as the AK1 card — no code for this document.
/// </summary>
public sealed class DeclaredDocumentPageTests(DeclaredDocumentApp fixture) : IClassFixture<DeclaredDocumentApp>
{
    private SopDeskAppFactory App => fixture.App;

    private static string PrintPath(Guid caseId) => $"/berkas/{caseId}/dokumen/{DocumentId}";

    private static string Day(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(7)).ToString("d MMMM yyyy", OfficeTime.Indonesian);

    [Fact]
    public async Task A_signed_surat_prints_its_title_number_fields_body_signer_and_QR_code()
    {
        var caseId = await RunAsync(App, through: "tandatangan");
        var entry = await LineAsync(App, caseId);

        var (status, html) = await GetAsync(await SignedInAsync(App, "kasi"), PrintPath(caseId));

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain($"<h1 class=\"declared-title\" data-testid=\"document-title\">{Title}</h1>");
        html.ShouldContain($"<span data-testid=\"document-number\">{entry.Number}</span>");
        html.ShouldContain("data-testid=\"kop\"");
        foreach (var (label, value) in new[]
        {
            ("Nama lembaga", Institute), ("Alamat", InstituteAddress), ("Tanggal berdiri", "4 Maret 2019"), ("Penanggung jawab", Responsible),
            ("Nomor berkas", entry.CaseNumber), ("Diperiksa oleh", "Rina Marlina"), ("Tanggal terbit", Day(entry.SignedAt!.Value)),
            ("Berlaku sampai", Day(entry.ValidUntil!.Value)),
        })
            html.ShouldContain($"<tr><th>{label}</th><td>{value}</td></tr>", customMessage: label);
        html.ShouldContain($"<p data-testid=\"document-body\">Dengan ini menerangkan bahwa {Institute} telah terdaftar dengan nomor {entry.Number}.</p>");
        html.ShouldContain($"<p data-testid=\"document-body\">Tanda daftar ini berlaku sampai {Day(entry.ValidUntil!.Value)}.</p>");
        foreach (var signer in new[] { "a.n. Kepala Dinas", "Kepala Bidang Tenaga Kerja", "Yuliani, S.Sos., M.Si.", "NIP. 197806152003122005" })
            html.ShouldContain(signer, customMessage: signer);
        var url = $"http://localhost/verifikasi/{entry.VerificationToken}";
        html.ShouldContain($"<span data-testid=\"verification-url\">{url}</span>");
        html.ShouldContain($"src=\"{QrImage.DataUri(url)}\"");
        html.ShouldContain($"<title>Cetak {Title} — SopDesk</title>");
        html.ShouldNotContain("data-testid=\"void\"");
        html.ShouldNotContain("data-testid=\"state-notice\"");
    }

    [Fact]
    public async Task The_signature_issues_it_valid_for_its_declared_months_from_the_signing_moment_and_the_journal_records_each_print()
    {
        var caseId = await RunAsync(App, through: "tandatangan");
        var entry = await LineAsync(App, caseId);

        entry.Document.ShouldBe(DocumentId);
        entry.SignedByName.ShouldBe("Yuliani, S.Sos., M.Si.");
        entry.ValidUntil!.Value.ToOffset(TimeSpan.FromHours(7)).ShouldBe(entry.SignedAt!.Value.ToOffset(TimeSpan.FromHours(7)).AddMonths(36));

        await GetAsync(await SignedInAsync(App, "petugas-penerima"), PrintPath(caseId));
        await using var db = NewContext(App);
        var line = await db.Journal.AsNoTracking().SingleAsync(j => j.CaseId == caseId && j.Action == DocumentService.PrintedAction);
        line.Detail.ShouldBe($"Membuka cetak {Title} nomor {entry.Number} (berkas {entry.CaseNumber})");
    }

    [Fact]
    public async Task The_public_verification_names_the_declared_title_with_a_masked_holder()
    {
        var entry = await LineAsync(App, await RunAsync(App, through: "tandatangan"));

        var (status, html) = await GetAsync(SignInForm.NewClient(App), $"/verifikasi/{entry.VerificationToken}");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("SAH / BERLAKU");
        html.ShouldContain($"<dd data-testid=\"document-name\">{Title}</dd>");
        html.ShouldContain($"<dd data-testid=\"document-number\">{entry.Number}</dd>");
        html.ShouldContain("Bu** Sa*****");
        html.ShouldContain($"<dd data-testid=\"valid-until\">{Day(entry.ValidUntil!.Value)}</dd>");
        html.ShouldNotContain(Responsible);
        html.ShouldNotContain(InstituteAddress);
        html.ShouldNotContain(entry.CaseNumber);
    }

    [Fact]
    public async Task Before_the_signature_it_prints_for_signing_and_the_QR_says_not_yet_signed()
    {
        var caseId = await RunAsync(App, through: "paraf-kasi");
        var entry = await LineAsync(App, caseId);

        var (status, html) = await GetAsync(await SignedInAsync(App, "kasi"), PrintPath(caseId));

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("data-testid=\"state-notice\"");
        html.ShouldContain("<tr><th>Berlaku sampai</th><td>berlaku 3 tahun sejak ditandatangani</td></tr>");
        html.ShouldContain("<tr><th>Tanggal terbit</th><td>-</td></tr>");
        html.ShouldContain("(.........................................)");
        html.ShouldContain("Kepala Bidang Tenaga Kerja");
        (await GetAsync(SignInForm.NewClient(App), $"/verifikasi/{entry.VerificationToken}")).Html.ShouldContain("BELUM DITANDATANGANI");
    }

    [Fact]
    public async Task A_cancelled_line_prints_BATAL_and_its_QR_says_DIBATALKAN()
    {
        var caseId = await RunAsync(App, through: "tandatangan");
        var entry = await LineAsync(App, caseId);
        await CancelAsync(App, entry.Id, "Salah tulis nama lembaga");

        var (_, html) = await GetAsync(await SignedInAsync(App, "kasi"), PrintPath(caseId));
        html.ShouldContain(">BATAL</div>");
        html.ShouldContain($"Nomor {entry.Number} sudah <strong>dibatalkan</strong>");
        (await GetAsync(SignInForm.NewClient(App), $"/verifikasi/{entry.VerificationToken}")).Html.ShouldContain("DIBATALKAN");
    }

    [Fact]
    public async Task Values_and_body_are_printed_as_text_never_as_markup()
    {
        const string markup = "LPK <b>Maju</b> <script>alert(1)</script>";
        var caseId = await RunAsync(App, through: "tandatangan", institute: markup);

        var client = await SignedInAsync(App, "kasi");
        var raw = await client.GetStringAsync(PrintPath(caseId));

        raw.ShouldNotContain("<script>alert(1)</script>");
        raw.ShouldNotContain("<b>Maju</b>");
        raw.ShouldContain("Dengan ini menerangkan bahwa LPK &lt;b&gt;Maju&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt; telah terdaftar");
        raw.ShouldContain("<tr><th>Nama lembaga</th><td>LPK &lt;b&gt;Maju&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;</td></tr>");
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("jfu")]
    [InlineData("pengadministrasi")]
    public async Task Staff_who_may_not_see_the_personal_data_are_refused_and_nothing_is_journaled(string userName)
    {
        var caseId = await RunAsync(App, through: "tandatangan");

        var (status, html) = await GetAsync(await SignedInAsync(App, userName), PrintPath(caseId));

        status.ShouldBe(HttpStatusCode.Forbidden);
        html.ShouldContain($"Anda tidak berwenang mencetak {Title}");
        html.ShouldNotContain(Institute);
        await using var db = NewContext(App);
        (await db.Journal.AnyAsync(j => j.CaseId == caseId && j.Action == DocumentService.PrintedAction)).ShouldBeFalse();
    }

    [Fact]
    public async Task An_unknown_document_of_the_berkas_answers_404()
    {
        var caseId = await RunAsync(App, through: "tandatangan");

        var (status, html) = await GetAsync(await SignedInAsync(App, "kasi"), $"/berkas/{caseId}/dokumen/kartu-lain");

        status.ShouldBe(HttpStatusCode.NotFound);
        html.ShouldContain("tidak menerbitkan kartu-lain");
    }

    [Fact]
    public async Task The_berkas_page_offers_a_print_button_per_declared_document_by_its_title_only_to_staff_who_may_see_personal_data()
    {
        var caseId = await RunAsync(App, through: "paraf-kasi");
        var links = new[] { $"href=\"{PrintPath(caseId)}\"", $"href=\"/berkas/{caseId}/dokumen/{CardId}\"" };

        var html = (await GetAsync(await SignedInAsync(App, "kasi"), $"/berkas/{caseId}")).Html;
        foreach (var link in links) html.ShouldContain(link);
        html.ShouldContain($"Cetak {Title}");
        html.ShouldContain($"Cetak {CardTitle}");
        var refused = (await GetAsync(await SignedInAsync(App, "admin"), $"/berkas/{caseId}")).Html;
        foreach (var link in links) refused.ShouldNotContain(link);
    }

    [Fact]
    public async Task A_declared_kartu_prints_as_a_card_with_its_title_number_fields_signer_and_QR_code()
    {
        var caseId = await RunAsync(App, through: "tandatangan");
        var card = await LineAsync(App, caseId, CardId);

        var (status, html) = await GetAsync(await SignedInAsync(App, "kasi"), $"/berkas/{caseId}/dokumen/{CardId}");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain($"<section class=\"doc-side declared-card\" data-testid=\"declared-card\" data-document=\"{CardId}\">");
        html.ShouldContain($"<div class=\"ak1-title\" data-testid=\"document-title\">{CardTitle}</div>");
        html.ShouldContain($"<span data-testid=\"document-number\">{card.Number}</span>");
        html.ShouldContain($"<tr><th>Nama lembaga</th><td>{Institute}</td></tr>");
        html.ShouldContain($"<tr><th>Tanggal terbit</th><td>{Day(card.SignedAt!.Value)}</td></tr>");
        html.ShouldContain("Yuliani, S.Sos., M.Si.");
        html.ShouldContain($"src=\"{QrImage.DataUri($"http://localhost/verifikasi/{card.VerificationToken}")}\"");
        html.ShouldNotContain("data-testid=\"declared-letter\"");
        card.ValidUntil.ShouldBeNull("the card declares no validity");
        (await GetAsync(SignInForm.NewClient(App), $"/verifikasi/{card.VerificationToken}")).Html
            .ShouldContain($"<dd data-testid=\"document-name\">{CardTitle}</dd>");
    }

    [Fact]
    public async Task Signed_by_the_Kasi_as_Plh_it_names_the_Plh_capacity_and_the_Kasis_NIP()
    {
        await using (var db = NewContext(App))
        {
            var now = App.Services.GetRequiredService<OfficeTime>().Now;
            var kabid = await db.Users.SingleAsync(u => u.UserName == "kabid");
            db.Absences.Add(new AbsenceRecord
            {
                Role = "kabid", AbsentUserId = kabid.Id, From = now.AddHours(-1), To = now.AddHours(1), Reason = "Dinas luar uji", CreatedByUserId = kabid.Id,
                CreatedAt = now,
            });
            await db.SaveChangesAsync();
        }
        try
        {
            var caseId = await RunAsync(App, through: "tandatangan", signer: "kasi");

            var (_, html) = await GetAsync(await SignedInAsync(App, "kasi"), PrintPath(caseId));

            html.ShouldContain("Plh. Kepala Bidang Tenaga Kerja");
            html.ShouldContain("Hendra Saputra, S.E.");
            html.ShouldContain("NIP. 198405102009011003");
        }
        finally
        {
            await using var db = NewContext(App);
            await db.Absences.Where(a => a.Reason == "Dinas luar uji").ExecuteDeleteAsync();
        }
    }
}
