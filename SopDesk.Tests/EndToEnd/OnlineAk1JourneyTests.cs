using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using SopDesk.Data;
using SopDesk.Web.Features.Demo;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// A job seeker does the whole AK1 online from a phone: registers, confirms the email, applies with a photo and PDFs, gets the
/// berkas back as incomplete with the officer's reason, replaces the document, and at the end downloads the signed card with
/// their photo and checks it on its verification page. The officers work it on the back-office in a desktop browser.
/// </summary>
public sealed class OnlineAk1JourneyTests(PortalBrowserFixture portal) : IClassFixture<PortalBrowserFixture>
{
    private const string Password = "Kartu-Kuning-2026";

    [Fact]
    public async Task A_job_seeker_gets_an_AK1_online_from_a_phone_through_a_return_and_a_resubmission()
    {
        var phone = await portal.NewPhoneAsync();
        var email = $"putri{Random.Shared.Next(100000, 999999)}@contoh.id";
        // A woman born 17-08-1998: the NIK's birth date is 57 (17 + 40), 08, 98; a serial of our own keeps it unique.
        var nik = $"167201570898{Random.Shared.Next(1000, 9999)}";

        // 1. Registration.
        await phone.GotoAsync($"{portal.BaseUrl}/layanan/daftar/pencari-kerja");
        await phone.FillAsync("#name", "Putri Ayu Lestari");
        await phone.FillAsync("#nik", nik);
        await phone.FillAsync("#birth-date", "1998-08-17");
        await phone.FillAsync("#email", email);
        await phone.FillAsync("#phone", "0812 7788 9900");
        await phone.FillAsync("#password", Password);
        await phone.FillAsync("#password-confirm", Password);
        await phone.CheckAsync("#consent");
        await SubmitAsync(phone, "form.ly-form", "**/layanan/masuk?terdaftar=1");
        (await phone.Locator(".ly-notice").InnerTextAsync()).ShouldContain("Pendaftaran tersimpan");

        // 2. The confirmation mail's link.
        var confirmation = await portal.Mail.WaitForAsync(to: email, subjectContains: "Konfirmasi");
        var link = confirmation.FirstUrl.ShouldNotBeNull();
        link.ShouldStartWith(portal.BaseUrl + "/layanan/");
        await phone.GotoAsync(link);
        (await phone.Locator(".ly-notice").InnerTextAsync()).ShouldContain("sudah dikonfirmasi");

        // 3. Sign in.
        await phone.GotoAsync($"{portal.BaseUrl}/layanan/masuk");
        await phone.FillAsync("#login", email);
        await phone.FillAsync("#password", Password);
        await SubmitAsync(phone, "form.ly-form", "**/layanan/akun");

        // 4. The AK1 application: name, NIK and birth date come from the account; a photo and two PDFs.
        await phone.GotoAsync($"{portal.BaseUrl}/layanan/ajukan/ak1");
        await FitsThePhoneAsync(phone);
        (await phone.InputValueAsync("#f_nik")).ShouldBe(nik);
        (await phone.InputValueAsync("#f_nama")).ShouldBe("Putri Ayu Lestari");
        await phone.FillAsync("#f_tempatLahir", "Tembilahan");
        await phone.SelectOptionAsync("#f_jenisKelamin", "Perempuan");
        await phone.SelectOptionAsync("#f_pendidikan", "SMA/SMK");
        await phone.FillAsync("#f_alamat", "Jl. Telaga Biru No. 12, Tembilahan Hulu");
        await phone.SetInputFilesAsync("#u_ktp", Pdf("ktp.pdf", 1));
        await phone.SetInputFilesAsync("#u_ijazah", Pdf("ijazah.pdf", 2));
        await phone.SetInputFilesAsync("#u_pas-foto", new FilePayload { Name = "foto.jpg", MimeType = "image/jpeg", Buffer = SampleDocuments.Jpeg(80, seed: 7) });
        await SubmitAsync(phone, "form.ly-apply", "**/layanan/tanda-terima/*");

        // 5. The receipt.
        var number = (await phone.Locator(".ly-receipt .ly-number").InnerTextAsync()).Trim();
        number.ShouldMatch(@"^AK1/\d{4}/\d{6}$");
        (await phone.Locator(".ly-receipt img.ly-qr").CountAsync()).ShouldBe(1);
        await FitsThePhoneAsync(phone);
        await phone.ClickAsync("text=halaman status berkas");
        await phone.WaitForURLAsync("**/layanan/status/*");
        var statusUrl = phone.Url;
        (await phone.Locator(".ly-facts").InnerTextAsync()).ShouldContain(number);
        await portal.Mail.WaitForAsync(to: email, subjectContains: $"Berkas {number}: diterima");

        // 6. The desk refuses the KTP with a reason and returns the berkas as incomplete.
        var casePath = $"/berkas/{await CaseIdAsync(statusUrl)}";
        await using (var desk = await OfficerSession.SignInAsync(portal.Browser, portal.BaseUrl, "petugas-penerima"))
        {
            await desk.OpenAsync(casePath);
            var panel = desk.Page.Locator("[data-testid=upload-panel]");
            await Expect(panel.Locator("[data-testid=upload-row]")).ToHaveCountAsync(3); // the panel loads its rows after the page
            var ktp = panel.Locator("[data-testid=upload-row]", new() { HasText = "ktp.pdf" });
            await ktp.Locator("[data-testid=upload-note] textarea, textarea[data-testid=upload-note]").First.FillAsync("KTP terpotong, NIK tidak terbaca");
            await ktp.Locator("[data-testid=upload-refuse]").ClickAsync();
            await Expect(ktp.Locator("[data-testid=upload-status]")).ToContainTextAsync("Tidak sesuai: KTP terpotong, NIK tidak terbaca");
            await desk.ActAsync("tidak-lengkap", "KTP harus terbaca seluruhnya", notBrought: ["Fotokopi KTP"]);
            (await desk.Page.Locator("[data-testid=refusal]").CountAsync()).ShouldBe(0);
            (await desk.CaseStatusAsync()).ShouldBe("Menunggu pemohon");
        }

        // 7. The applicant is told by mail, sees the reason and replaces the KTP.
        var returned = await portal.Mail.WaitForAsync(to: email, subjectContains: $"Berkas {number}: perlu dilengkapi");
        returned.Body.ShouldContain("KTP terpotong, NIK tidak terbaca");
        await phone.GotoAsync(statusUrl);
        (await phone.Locator(".ly-waiting").InnerTextAsync()).ShouldContain("Menunggu Anda");
        (await phone.Locator(".ly-note").InnerTextAsync()).ShouldContain("KTP harus terbaca seluruhnya");
        (await phone.Locator(".ly-docs").InnerTextAsync()).ShouldContain("KTP terpotong, NIK tidak terbaca");
        await FitsThePhoneAsync(phone);
        await phone.ClickAsync("a:has-text('Perbaiki dan ajukan ulang')");
        await phone.WaitForURLAsync("**/perbaiki");
        (await phone.Locator(".ly-refused").First.InnerTextAsync()).ShouldContain("KTP terpotong, NIK tidak terbaca");
        await FitsThePhoneAsync(phone);
        await phone.SetInputFilesAsync("#u_ktp", Pdf("ktp-jelas.pdf", 3));
        await SubmitAsync(phone, "form.ly-apply", statusUrl);
        (await phone.Locator(".ly-waiting").CountAsync()).ShouldBe(0);
        (await phone.Locator(".ly-history").InnerTextAsync()).ShouldContain("Tidak lengkap");
        await portal.Mail.WaitForAsync(to: email, subjectContains: $"Berkas {number}: pengajuan ulang diterima");

        // 8. The officers finish it.
        await ActAsync("petugas-penerima", casePath, "lengkap");
        await ActAsync("pengadministrasi", casePath, "selesai", async s =>
        {
            await s.ChooseAsync("statusPerkawinan", "Belum kawin");
            await s.ChooseAsync("agama", "Islam");
        });
        await ActAsync("kasi", casePath, "paraf");
        await ActAsync("kabid", casePath, "tandatangan");
        await ActAsync("petugas-penerima", casePath, "selesai");

        // 9. The signed card: a PDF with the uploaded photo (cropped to 354×472), and its verification page.
        await phone.GotoAsync(statusUrl);
        var card = phone.Locator("a:has-text('Unduh kartu AK1 (PDF)')");
        var response = await phone.Context.APIRequest.GetAsync(portal.BaseUrl + await card.GetAttributeAsync("href"));
        response.Status.ShouldBe(200);
        response.Headers["content-type"].ShouldStartWith("application/pdf");
        ImageSizes(await response.BodyAsync()).ShouldContain((354, 472));
        await phone.ClickAsync("a:has-text('halaman verifikasi')");
        await phone.WaitForURLAsync("**/verifikasi/*");
        (await phone.Locator("[data-testid=verdict]").InnerTextAsync()).ShouldBe("SAH / BERLAKU");
        (await phone.Locator("[data-testid=document-name]").InnerTextAsync()).ShouldContain("AK1");

        // 10. "Berkas saya" lists it.
        await phone.GotoAsync($"{portal.BaseUrl}/layanan/berkas");
        (await phone.Locator("main").InnerTextAsync()).ShouldContain(number);
        await phone.Context.CloseAsync();
    }

    /// <summary>Sends a public form and waits for the page it leads to; when it stays, fails with the errors the page shows.</summary>
    private static async Task SubmitAsync(IPage page, string form, string next)
    {
        await page.ClickAsync($"{form} button[type=submit]");
        try
        {
            await page.WaitForURLAsync(next, new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            var shown = await page.Locator(".ly-error, .ly-notice").AllInnerTextsAsync();
            throw new ShouldAssertException($"The form {form} at {page.Url} did not lead to {next}; the page shows: {string.Join(" | ", shown)}");
        }
    }

    /// <summary>Nothing on the page is wider than the phone's screen (no sideways scrolling).</summary>
    private static async Task FitsThePhoneAsync(IPage page) =>
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue($"{page.Url} scrolls sideways on a phone");

    private async Task ActAsync(string officer, string casePath, string outcome, Func<OfficerSession, Task>? fill = null)
    {
        await using var session = await OfficerSession.SignInAsync(portal.Browser, portal.BaseUrl, officer);
        await session.OpenAsync(casePath);
        if (fill is not null) await fill(session);
        if (outcome == "tandatangan") await session.ReadBeforeSigningAsync();
        await session.ActAsync(outcome);
        (await session.Page.Locator("[data-testid=refusal]").CountAsync()).ShouldBe(0, $"{officer} was refused at {outcome}");
    }

    /// <summary>The berkas behind a status page (the officers reach it from their inbox; the test goes straight to it).</summary>
    private async Task<Guid> CaseIdAsync(string statusUrl)
    {
        var token = new Uri(statusUrl).Segments.Last();
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDeskDbContext>();
        return await db.OnlineCases.Where(c => c.StatusToken == token).Select(c => c.CaseId).SingleAsync();
    }

    private static FilePayload Pdf(string name, int seed) => new() { Name = name, MimeType = "application/pdf", Buffer = SampleDocuments.Pdf(40, seed) };

    /// <summary>The pixel sizes of every image drawn on the PDF's pages.</summary>
    private static List<(int, int)> ImageSizes(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var sizes = new List<(int, int)>();
        foreach (var page in document.Pages)
        {
            var objects = page.Resources.Elements.GetDictionary("/XObject");
            foreach (var item in objects?.Elements.Values ?? [])
                if ((item as PdfSharp.Pdf.Advanced.PdfReference)?.Value is PdfDictionary image && image.Elements.GetName("/Subtype") == "/Image")
                    sizes.Add((image.Elements.GetInteger("/Width"), image.Elements.GetInteger("/Height")));
        }
        return sizes;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
