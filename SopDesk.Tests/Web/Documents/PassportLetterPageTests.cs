using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using static SopDesk.Tests.Web.Documents.DocumentTestBed;

namespace SopDesk.Tests.Web.Documents;

/// <summary>The passport recommendation letter of a demo 503/49 berkas (signed, resting on a demo AK1), through HTTP.</summary>
public sealed class PassportLetterPageTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    /// <summary>A signed recommendation whose AK1 is still active, and the berkas's form values.</summary>
    private async Task<(RegisterEntryRecord Entry, Dictionary<string, string> Values)> SignedLetterAsync()
    {
        await using var db = NewContext(app);
        var entries = await db.RegisterEntries.AsNoTracking()
            .Where(e => e.Document == "rekomendasi-paspor" && e.SignedAt != null && e.Status == RegisterEntryStatus.Active).ToListAsync();
        entries.ShouldNotBeEmpty("the demo data signs passport recommendations");
        var entry = entries.OrderBy(e => e.Sequence).First();
        var row = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == entry.CaseId);
        return (entry, JsonSerializer.Deserialize<Dictionary<string, string>>(row.DataJson)!);
    }

    [Fact]
    public async Task The_letter_has_the_letterhead_number_addressee_CPMI_data_signature_and_QR_code()
    {
        var (entry, values) = await SignedLetterAsync();

        var (status, html) = await GetAsync(await SignedInAsync(app, "kabid"), $"/berkas/{entry.CaseId}/rekomendasi-paspor");

        status.ShouldBe(HttpStatusCode.OK);
        foreach (var printed in new[]
        {
            "PEMERINTAH KOTA PAGAR ALAM", "DINAS PENANAMAN MODAL, PELAYANAN TERPADU SATU PINTU DAN TENAGA KERJA KOTA PAGAR ALAM",
            entry.Number, "Perihal", "Rekomendasi Paspor", "Kepala Kantor Imigrasi", values["nama"], values["nik"], values["nomorAk1"],
            values["negaraTujuan"], values["namaP3mi"], values["nomorPerjanjian"], "a.n. Kepala Dinas Penanaman Modal",
            "Kepala Bidang Tenaga Kerja", entry.SignedByName!, $"http://localhost/verifikasi/{entry.VerificationToken}",
        })
            html.ShouldContain(printed, customMessage: printed);
        html.ShouldContain("data-testid=\"ak1-state\"");
        html.ShouldContain($"Kartu AK1 nomor {values["nomorAk1"]} berlaku sampai dengan");
    }

    [Fact]
    public async Task The_Sekretaris_works_in_the_passport_SOP_and_may_print_it_a_JFU_may_not()
    {
        var (entry, _) = await SignedLetterAsync();
        var path = $"/berkas/{entry.CaseId}/rekomendasi-paspor";

        (await GetAsync(await SignedInAsync(app, "sekretaris"), path)).Status.ShouldBe(HttpStatusCode.OK);
        var (status, html) = await GetAsync(await SignedInAsync(app, "jfu"), path);
        status.ShouldBe(HttpStatusCode.Forbidden);
        html.ShouldContain("Anda tidak berwenang mencetak Rekomendasi Paspor");
    }

    [Fact]
    public async Task A_letter_whose_AK1_was_cancelled_since_warns_before_it_is_handed_over()
    {
        var (entry, values) = await SignedLetterAsync();
        await using var db = NewContext(app);
        var ak1 = await db.RegisterEntries.SingleAsync(e => e.Number == values["nomorAk1"] && e.Document == "kartu-ak1");
        await CancelAsync(app, ak1.Id, "Pemohon sudah bekerja");
        try
        {
            var (status, html) = await GetAsync(await SignedInAsync(app, "kasi"), $"/berkas/{entry.CaseId}/rekomendasi-paspor");

            status.ShouldBe(HttpStatusCode.OK);
            html.ShouldContain($"Kartu AK1 nomor {values["nomorAk1"]} sudah <strong>dibatalkan</strong>");
            html.ShouldContain("doc-notice-danger");
        }
        finally
        {
            // The other tests of this class read the same demo letter with its AK1 valid.
            await db.RegisterEntries.Where(e => e.Id == ak1.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, RegisterEntryStatus.Active).SetProperty(e => e.CancelledAt, (DateTimeOffset?)null));
        }
    }

    [Fact]
    public async Task Its_verification_page_names_a_passport_recommendation()
    {
        var (entry, values) = await SignedLetterAsync();

        var (status, html) = await GetAsync(SignInForm.NewClient(app), $"/verifikasi/{entry.VerificationToken}");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Rekomendasi Paspor");
        html.ShouldContain(entry.Number);
        html.ShouldNotContain(values["nik"]);
        html.ShouldNotContain(values["nomorAk1"]);
        html.ShouldNotContain(values["nama"]);
    }
}
