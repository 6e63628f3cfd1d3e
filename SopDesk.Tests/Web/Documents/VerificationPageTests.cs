using System.Net;
using SopDesk.Web.Features.Shared;
using static SopDesk.Tests.Web.Documents.DocumentTestBed;

namespace SopDesk.Tests.Web.Documents;

/// <summary>
/// The public page behind a document's QR code, as a signed-out phone sees it: the verdict, the number and a masked name —
/// never the NIK, address, birth date, full name, berkas number or officers' names.
/// </summary>
public sealed class VerificationPageTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private HttpClient SignedOut => SignInForm.NewClient(app);

    [Fact]
    public async Task A_signed_card_is_valid_and_shows_only_its_number_masked_name_and_dates()
    {
        var caseId = await Ak1Async(app, through: "tandatangan");
        var entry = await EntryAsync(app, caseId);

        var (status, html) = await GetAsync(SignedOut, $"/verifikasi/{entry.VerificationToken}");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("SAH / BERLAKU");
        html.ShouldContain("Kartu Tanda Bukti Pendaftaran Pencari Kerja (AK1)");
        html.ShouldContain(entry.Number);
        html.ShouldContain(MaskedName);
        html.ShouldContain("<meta name=\"robots\" content=\"noindex, nofollow\"");
        ShowsNothingPersonal(html, entry.CaseNumber, entry.SignedByName!);
    }

    [Fact]
    public async Task A_cancelled_card_says_DIBATALKAN_with_its_date_but_not_why()
    {
        var caseId = await Ak1Async(app, through: "tandatangan");
        var entry = await EntryAsync(app, caseId);
        var cancelledAt = await CancelAsync(app, entry.Id, "Salah cetak tempat lahir");

        var (status, html) = await GetAsync(SignedOut, $"/verifikasi/{entry.VerificationToken}");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("DIBATALKAN");
        html.ShouldNotContain("SAH / BERLAKU");
        html.ShouldContain($"dibatalkan pada {cancelledAt.ToString("d MMMM yyyy", OfficeTime.Indonesian)}");
        html.ShouldNotContain("Salah cetak");
        html.ShouldNotContain("Hendra Saputra");
        ShowsNothingPersonal(html, entry.CaseNumber, entry.SignedByName!);
    }

    [Fact]
    public async Task A_card_not_yet_signed_says_so()
    {
        var caseId = await Ak1Async(app, through: "input-data");
        var entry = await EntryAsync(app, caseId);

        var (_, html) = await GetAsync(SignedOut, $"/verifikasi/{entry.VerificationToken}");

        html.ShouldContain("BELUM DITANDATANGANI");
        html.ShouldNotContain("SAH / BERLAKU");
    }

    [Fact]
    public async Task An_unknown_token_answers_404_not_found()
    {
        var (status, html) = await GetAsync(SignedOut, "/verifikasi/AAAAAAAAAAAAAAAAAAAAAA");

        status.ShouldBe(HttpStatusCode.NotFound);
        html.ShouldContain("Dokumen tidak ditemukan");
        html.ShouldNotContain("SAH / BERLAKU");
    }

    [Fact]
    public async Task A_token_differing_only_in_letter_case_is_not_found()
    {
        var entry = await EntryAsync(app, await Ak1Async(app, through: "tandatangan"));
        var token = entry.VerificationToken!;
        var i = Array.FindIndex(token.ToCharArray(), char.IsAsciiLetter);
        var flipped = token[..i] + (char.IsUpper(token[i]) ? char.ToLowerInvariant(token[i]) : char.ToUpperInvariant(token[i])) + token[(i + 1)..];

        var (status, html) = await GetAsync(SignedOut, $"/verifikasi/{flipped}");

        status.ShouldBe(HttpStatusCode.NotFound);
        html.ShouldContain("Dokumen tidak ditemukan");
        html.ShouldNotContain(entry.Number);
    }

    /// <summary>None of the applicant's identifying data, the berkas number or the officers appear anywhere in the page.</summary>
    private static void ShowsNothingPersonal(string html, string caseNumber, string signer)
    {
        html.ShouldNotContain(Nik);
        html.ShouldNotContain(Address);
        html.ShouldNotContain("Kenanga");
        html.ShouldNotContain(BirthDate);
        html.ShouldNotContain(BirthDateInWords);
        html.ShouldNotContain("Lahat");
        html.ShouldNotContain(FullName);
        html.ShouldNotContain("Aminah");
        html.ShouldNotContain(caseNumber);
        html.ShouldNotContain(signer);
    }
}
