using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Web.Features.Shared;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Documents;
using static SopDesk.Tests.Web.Documents.DocumentTestBed;

namespace SopDesk.Tests.Web.Documents;

/// <summary>The AK1 card's print page through HTTP: who may open it, what it prints, and what it says when it cannot.</summary>
public sealed class Ak1CardPageTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private static string CardPath(Guid caseId) => $"/berkas/{caseId}/kartu-ak1";

    [Fact]
    public async Task An_officer_of_the_SOP_gets_the_card_with_the_applicants_data_signature_and_QR_code()
    {
        var caseId = await Ak1Async(app, through: "tandatangan");
        var entry = await EntryAsync(app, caseId);

        var (status, html) = await GetAsync(await SignedInAsync(app, "kasi"), CardPath(caseId));

        status.ShouldBe(HttpStatusCode.OK);
        foreach (var printed in new[]
        {
            entry.Number, Nik, FullName, $"Lahat, {BirthDateInWords}", "Perempuan", "Kawin", "Islam", Address,
            "SMA/SMK, jurusan Tata Busana, lulus tahun 2008", "Menjahit", "Pas foto", "LAPORAN", "KETENTUAN",
            $"sampai dengan {entry.ValidUntil!.Value.ToOffset(TimeSpan.FromHours(7)).ToString("d MMMM yyyy", OfficeTime.Indonesian)}",
            "Kepala Bidang Tenaga Kerja", "Yuliani, S.Sos., M.Si.", "NIP. 197806152003122005", "data-print",
        })
            html.ShouldContain(printed, customMessage: printed);
        var url = $"http://localhost/verifikasi/{entry.VerificationToken}";
        html.ShouldContain($"<span data-testid=\"verification-url\">{url}</span>");
        // The QR image encodes exactly that address: the same encoder given another text draws other pixels.
        html.ShouldContain($"src=\"{QrImage.DataUri(url)}\"");
        html.ShouldNotContain("data-testid=\"void\"");
    }

    [Fact]
    public async Task The_card_is_static_paper_without_the_desks_stylesheet_and_scripts()
    {
        var caseId = await Ak1Async(app, through: "tandatangan");

        var (_, html) = await GetAsync(await SignedInAsync(app, "kasi"), CardPath(caseId));

        // Decision 037: a print tab loads its own stylesheet and the Cetak button's script, not MudBlazor or a circuit.
        html.ShouldContain("documents");
        html.ShouldContain("data-print");
        // (The import map may still name modules; it loads nothing by itself.)
        html.ShouldNotMatch(@"<link[^>]+(MudBlazor|href=""app\.)");
        html.ShouldNotMatch(@"<script[^>]+src=""[^""]*(blazor\.web|MudBlazor)");
    }

    [Fact]
    public async Task Each_opening_is_journaled_as_a_print()
    {
        var caseId = await Ak1Async(app, through: "tandatangan");
        var entry = await EntryAsync(app, caseId);

        await GetAsync(await SignedInAsync(app, "petugas-penerima"), CardPath(caseId));

        await using var db = NewContext(app);
        var line = await db.Journal.AsNoTracking().SingleAsync(j => j.CaseId == caseId && j.Action == DocumentService.PrintedAction);
        line.ActorName.ShouldBe("Rina Marlina");
        line.Detail.ShouldContain(entry.Number);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("jfu")]
    [InlineData("sekretaris")]
    public async Task Staff_who_may_not_see_the_personal_data_are_refused_and_nothing_is_journaled(string userName)
    {
        var caseId = await Ak1Async(app, through: "tandatangan");

        var (status, html) = await GetAsync(await SignedInAsync(app, userName), CardPath(caseId));

        status.ShouldBe(HttpStatusCode.Forbidden);
        html.ShouldContain("Anda tidak berwenang mencetak Kartu AK1");
        html.ShouldNotContain(Nik);
        html.ShouldNotContain(Address);
        html.ShouldNotContain("verification-qr");
        await using var db = NewContext(app);
        (await db.Journal.CountAsync(j => j.CaseId == caseId && j.Action == DocumentService.PrintedAction)).ShouldBe(0);
    }

    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in()
    {
        var caseId = await Ak1Async(app, through: "tandatangan");

        var response = await SignInForm.NewClient(app).GetAsync(CardPath(caseId));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/masuk?ReturnUrl=");
    }

    [Fact]
    public async Task A_berkas_without_its_AK1_number_yet_says_when_it_gets_one()
    {
        var caseId = await Ak1Async(app, through: "periksa");

        var (status, html) = await GetAsync(await SignedInAsync(app, "kasi"), CardPath(caseId));

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("belum mempunyai nomor Kartu AK1");
        html.ShouldContain(SopDesk.Tests.Workflows.Engine.CaseDriver.Definitions["ak1"].Step("input-data").Kegiatan, Case.Sensitive, "the step that numbers the card, as the SOP words it");
        html.ShouldNotContain("ak1-front");
    }

    [Fact]
    public async Task A_card_printed_before_its_signature_leaves_the_signature_blank_and_states_the_validity_rule()
    {
        var caseId = await Ak1Async(app, through: "input-data");

        var (_, html) = await GetAsync(await SignedInAsync(app, "pengadministrasi"), CardPath(caseId));

        html.ShouldContain("berlaku 2 tahun sejak ditandatangani");
        html.ShouldContain("Pagar Alam, ......................");
        html.ShouldContain("Kepala Bidang Tenaga Kerja");
        html.ShouldNotContain("Yuliani");
        html.ShouldContain("Belum ditandatangani.");
    }

    [Fact]
    public async Task A_cancelled_card_prints_BATAL_and_warns_the_officer()
    {
        var caseId = await Ak1Async(app, through: "tandatangan");
        var entry = await EntryAsync(app, caseId);
        await CancelAsync(app, entry.Id, "Salah cetak");

        var (status, html) = await GetAsync(await SignedInAsync(app, "kasi"), CardPath(caseId));

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain(">BATAL</div>");
        html.ShouldContain($"Nomor {entry.Number} sudah <strong>dibatalkan</strong>");
    }

    [Fact]
    public async Task A_card_signed_by_the_Kasi_as_Plh_names_the_Plh_capacity_and_the_Kasis_NIP()
    {
        await using (var db = NewContext(app))
        {
            var now = app.Services.GetRequiredService<OfficeTime>().Now; // stored dates carry the office's offset
            var kabid = await db.Users.SingleAsync(u => u.UserName == "kabid");
            db.Absences.Add(new AbsenceRecord
            {
                Role = "kabid", AbsentUserId = kabid.Id, From = now.AddHours(-1), To = now.AddHours(1), Reason = "Dinas luar", CreatedByUserId = kabid.Id,
                CreatedAt = now,
            });
            await db.SaveChangesAsync();
        }
        try
        {
            var caseId = await Ak1Async(app, through: "tandatangan", signer: "kasi");

            var (_, html) = await GetAsync(await SignedInAsync(app, "kasi"), CardPath(caseId));

            html.ShouldContain("Plh. Kepala Bidang Tenaga Kerja");
            html.ShouldContain("Hendra Saputra, S.E.");
            html.ShouldContain("NIP. 198405102009011003");
        }
        finally
        {
            await using var db = NewContext(app);
            await db.Absences.Where(a => a.Reason == "Dinas luar").ExecuteDeleteAsync();
        }
    }

    [Fact]
    public async Task The_berkas_page_offers_the_print_button_only_to_staff_who_may_see_personal_data()
    {
        var caseId = await Ak1Async(app, through: "input-data");
        var link = $"href=\"/berkas/{caseId}/kartu-ak1\"";

        (await GetAsync(await SignedInAsync(app, "kasi"), $"/berkas/{caseId}")).Html.ShouldContain(link);
        (await GetAsync(await SignedInAsync(app, "admin"), $"/berkas/{caseId}")).Html.ShouldNotContain(link);
    }
}
