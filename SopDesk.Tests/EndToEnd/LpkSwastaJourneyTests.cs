using System.Globalization;
using Microsoft.Playwright;
using SopDesk.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// The SOP the office wrote itself (workflows/503-50-lpk-swasta.json: registering a private training institution) runs
/// from that one file: the pemohon's own limit after a return, the deadline counted from "diterima lengkap", a site visit
/// waiting on the institution (4a), at most two revisions before a rejection is possible, a rejected end, and the
/// certificate the register declares — printed, QR-coded and verified like the AK1 card. No code knows this SOP.
/// </summary>
public sealed class LpkSwastaJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Sop = "lpk-swasta";

    private sealed record Desk(OfficerSession Petugas, OfficerSession Kasi, OfficerSession Pengadministrasi, OfficerSession Kabid, OfficerSession KepalaDinas)
        : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var s in new[] { Petugas, Kasi, Pengadministrasi, Kabid, KepalaDinas }) await s.DisposeAsync();
        }
    }

    private async Task<Desk> OfficeAsync() => new(
        await OfficerSession.SignInAsync(browser, "petugas-penerima"),
        await OfficerSession.SignInAsync(browser, "kasi"),
        await OfficerSession.SignInAsync(browser, "pengadministrasi"),
        await OfficerSession.SignInAsync(browser, "kabid"),
        await OfficerSession.SignInAsync(browser, "kepala-dinas"));

    private static async Task ActAsync(OfficerSession officer, string casePath, string outcome, string? note = null,
        IReadOnlyCollection<string>? notBrought = null, Func<OfficerSession, Task>? fill = null)
    {
        await officer.OpenAsync(casePath);
        if (fill is not null) await fill(officer);
        if (outcome == "tandatangan") await officer.ReadBeforeSigningAsync();
        await officer.ActAsync(outcome, note, notBrought);
        (await officer.Page.Locator("[data-testid=refusal]").CountAsync()).ShouldBe(0, $"refused at {outcome} on {casePath}");
    }

    private static async Task<string> ApplyAsync(OfficerSession desk, string institution)
    {
        await desk.OpenAsync($"/berkas/baru?sop={Sop}");
        await desk.FillAsync("namaLembaga", institution);
        await desk.FillAsync("alamatLembaga", "Jl. Serma Wahab No. 12, Kel. Pagar Alam");
        await desk.FillAsync("nib", "9120001234567");
        await desk.ChooseAsync("kejuruan", "Teknologi Informasi");
        await desk.FillAsync("programPelatihan", "Operator komputer perkantoran (120 JP); desain grafis dasar (80 JP)");
        await desk.FillAsync("namaPimpinan", "Ahmad Fauzi");
        await desk.FillAsync("nikPimpinan", "1672011203850001");
        await desk.FillAsync("telepon", "081278901234");
        await desk.Page.ClickAsync("[data-testid=save-case]");
        return await OfficerSession.WaitForCasePageAsync(desk.Page);
    }

    private static Task<string> TextAsync(OfficerSession officer, string testId) =>
        officer.Page.Locator($"[data-testid={testId}]").InnerTextAsync();

    /// <summary>Lengkap at the desk, the visit scheduled and made, the institution's signature waited for: the berkas is at the assessment.</summary>
    private async Task ToAssessmentAsync(Desk office, string casePath)
    {
        await ActAsync(office.Petugas, casePath, "lengkap");
        var today = browser.Services.GetRequiredService<OfficeTime>().Now.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await ActAsync(office.Kasi, casePath, "selesai", fill: s => s.TypeDateAsync("tanggalVisitasi", today));
        await ActAsync(office.Kasi, casePath, "selesai");
        await ActAsync(office.Kasi, casePath, "selesai");
        (await office.Kasi.Page.Locator(".mud-timeline-item").AllInnerTextsAsync()).ShouldContain(t => t.Contains("Langkah 4a selesai"));
    }

    /// <summary>The Kasi asks for a revision and the pemohon brings it (recorded at the desk).</summary>
    private static async Task ReviseAsync(Desk office, string casePath, string what)
    {
        await ActAsync(office.Kasi, casePath, "perbaikan", note: what);
        (await TextAsync(office.Kasi, "applicant-limit")).ShouldContain("10 hari kerja");
        await ActAsync(office.Petugas, casePath, "selesai");
    }

    [Fact]
    public async Task An_LPK_registration_runs_from_its_file_through_return_visit_two_revisions_and_the_certificate()
    {
        await using var office = await OfficeAsync();
        var casePath = await ApplyAsync(office.Petugas, "LPK Cahaya Informatika");

        // Returned at the desk: the pemohon's own limit shows; the case deadline has not started ("sejak diterima lengkap").
        await ActAsync(office.Petugas, casePath, "tidak-lengkap", note: "Daftar instruktur belum dilampirkan",
            notBrought: ["Daftar instruktur dan tenaga pelatihan"]);
        (await TextAsync(office.Petugas, "applicant-limit")).ShouldContain("10 hari kerja");
        await ActAsync(office.Petugas, casePath, "selesai");
        (await TextAsync(office.Petugas, "case-deadline")).ShouldContain("belum berjalan");

        await ToAssessmentAsync(office, casePath);
        (await TextAsync(office.Kasi, "case-deadline")).ShouldNotContain("belum berjalan");
        (await office.Kasi.Page.Locator("[data-outcome=ditolak]").CountAsync()).ShouldBe(0, "no rejection before two revisions");
        (await office.Kasi.Page.Locator("[data-unavailable-outcome=ditolak]").InnerTextAsync()).ShouldContain("2 kali");

        await ReviseAsync(office, casePath, "Ruang praktik belum memenuhi rasio 1 komputer per peserta");
        await ReviseAsync(office, casePath, "Sertifikat kompetensi instruktur desain grafis belum ada");
        await office.Kasi.OpenAsync(casePath);
        (await office.Kasi.Page.Locator("[data-outcome=perbaikan]").CountAsync()).ShouldBe(0, "the third revision is not offered");
        (await office.Kasi.Page.Locator("[data-outcome=ditolak]").CountAsync()).ShouldBe(1);
        await ActAsync(office.Kasi, casePath, "memenuhi");

        // A koreksi from the paraf goes back to the draft; it is not a revision by the pemohon.
        await ActAsync(office.Pengadministrasi, casePath, "selesai");
        await ActAsync(office.Kabid, casePath, "koreksi", note: "Alamat lembaga pada konsep tanpa kelurahan");
        await ActAsync(office.Pengadministrasi, casePath, "selesai");
        await ActAsync(office.Kabid, casePath, "paraf");
        await ActAsync(office.KepalaDinas, casePath, "tandatangan");

        // The certificate the register declares: printed from the berkas page, verified by a signed-out phone.
        await office.Petugas.OpenAsync(casePath);
        var letter = await office.Petugas.Page.RunAndWaitForPopupAsync(() => office.Petugas.Page.ClickAsync("[data-document=tanda-daftar-lpk]"));
        (await letter.Locator("[data-testid=document-title]").TextContentAsync())!.Trim().ShouldBe("Tanda Daftar Lembaga Pelatihan Kerja Swasta"); // printed in capitals by CSS
        var number = await letter.Locator("[data-testid=document-number]").InnerTextAsync();
        number.ShouldMatch(@"^\d{3}/LPK/DISPMPTSPTK/\d{4}$");
        (await letter.Locator("[data-testid=document-fields]").InnerTextAsync()).ShouldContain("LPK Cahaya Informatika");
        (await letter.Locator("[data-testid=verification-qr] img").EvaluateAsync<int>("img => img.naturalWidth")).ShouldBeGreaterThan(0);
        await letter.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "sopdesk-tanda-daftar-lpk.png"), FullPage = true });
        var url = await letter.Locator("[data-testid=verification-url]").InnerTextAsync();

        await using var phone = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await phone.NewPageAsync();
        await page.GotoAsync(url);
        (await page.Locator("[data-testid=verdict]").InnerTextAsync()).ShouldBe("SAH / BERLAKU");
        (await page.Locator("[data-testid=document-number]").InnerTextAsync()).ShouldBe(number);
        (await page.Locator("[data-testid=document-name]").InnerTextAsync()).ShouldBe("Tanda Daftar Lembaga Pelatihan Kerja Swasta");
        var until = DateTime.ParseExact(await page.Locator("[data-testid=valid-until]").InnerTextAsync(), "d MMMM yyyy", new CultureInfo("id-ID"));
        until.Year.ShouldBe(browser.Services.GetRequiredService<OfficeTime>().Now.Year + 5, "valid 60 months from the signature");

        await ActAsync(office.Petugas, casePath, "selesai");
        (await office.Petugas.CaseStatusAsync()).ShouldContain("Selesai");
    }

    [Fact]
    public async Task After_two_revisions_the_LPK_berkas_can_be_rejected_with_reasons_and_reads_ditolak()
    {
        await using var office = await OfficeAsync();
        var casePath = await ApplyAsync(office.Petugas, "LPK Maju Bersama");
        await ToAssessmentAsync(office, casePath);
        await ReviseAsync(office, casePath, "Izin lokasi belum ada");
        await ReviseAsync(office, casePath, "Izin lokasi masih belum ada");

        await ActAsync(office.Kasi, casePath, "ditolak", note: "Lembaga tidak memiliki izin lokasi setelah dua kali perbaikan");
        (await office.Kasi.CaseStatusAsync()).ShouldContain("Ditolak");
        (await office.Kasi.Page.Locator(".mud-timeline-item").AllInnerTextsAsync())
            .ShouldContain(t => t.Contains("tidak memiliki izin lokasi"));
    }

    [Fact]
    public async Task The_printed_LPK_SOP_numbers_the_visit_row_4a_and_states_its_deadline()
    {
        await using var kasi = await OfficerSession.SignInAsync(browser, "kasi");
        await kasi.OpenAsync($"/katalog/{Sop}");
        (await kasi.Page.Locator("[data-testid=sop-step-table]").InnerTextAsync()).ShouldContain("4a");
        (await TextAsync(kasi, "sop-case-deadline")).ShouldContain("14 hari kerja sejak langkah 3");
        (await kasi.Page.Locator("[data-testid=sop-applicant-limit]").CountAsync()).ShouldBe(2);
    }
}
