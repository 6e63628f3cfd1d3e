using System.Net;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data.Inbox;
using SopDesk.Web.Features.Inbox;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Complaints;

/// <summary>/layanan/pengaduan and /layanan/pengaduan/{token} on the real app, posted as a browser posts them.</summary>
public sealed class ComplaintPagesTests : IAsyncLifetime
{
    private ComplaintBed _bed = default!;

    public async Task InitializeAsync() => _bed = await ComplaintBed.CreateAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task An_anonymous_complaint_is_started_with_its_contact_and_waits_in_the_operator_layanan_lane()
    {
        var token = await _bed.SubmitAsync();

        var online = await _bed.OnlineAsync(token);
        (online.AccountId, online.ContactName, online.ContactEmail, online.Purpose).ShouldBe(((Guid?)null, "Budi Santoso", "budi@contoh.id", "Complaint"));
        await using var db = await _bed.DbAsync();
        var row = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == online.CaseId);
        (row.DefinitionId, row.CurrentStepId, row.CurrentLaneId, row.ApplicantName).ShouldBe(("pengaduan", "tanggapan-pertama", "operator-layanan", "Budi Santoso"));
        // The desk sees it like any berkas: in the operator-layanan inbox.
        using (var scope = _bed.App.Services.CreateScope())
            (await scope.ServiceProvider.GetRequiredService<InboxQuery>().ForAsync(Actor.Of("desk-uji", "Operator", "operator-layanan"), new InboxFilter(Search: row.Number)))
                .ShouldHaveSingleItem().CaseId.ShouldBe(row.Id);
        var sent = await db.WorkItems.AsNoTracking().SingleAsync(w => w.CaseId == row.Id && w.StepId == "sampaikan");
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(sent.ValuesJson!)!["teleponPelapor"].ShouldBe("+6281234567890"); // E.164
    }

    [Fact]
    public async Task A_signed_in_complainant_sends_only_the_complaint_and_the_contact_comes_from_the_account()
    {
        var account = await _bed.AccountAsync();
        var client = _bed.SignedIn(account);
        (await client.GetStringAsync("/layanan/pengaduan")).ShouldContain("Dikirim atas nama <b>Sari Pencari Kerja</b>");

        var values = ComplaintBed.Valid();
        values.Remove("namaPelapor");
        values.Remove("emailPelapor");
        var token = await _bed.SubmitAsync(client, values);

        var online = await _bed.OnlineAsync(token);
        (online.AccountId, online.ContactEmail).ShouldBe(((Guid?)account.Id, (string?)null));
        await using var db = await _bed.DbAsync();
        (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == online.CaseId)).ApplicantName.ShouldBe("Sari Pencari Kerja");
    }

    [Fact]
    public async Task Missing_name_email_and_text_are_told_next_to_their_fields_and_what_was_typed_stays()
    {
        var before = await ComplaintCountAsync();
        var client = _bed.Client();
        var values = ComplaintBed.Valid(name: "", email: "bukan-email");
        values["isiPengaduan"] = "";
        values["nomorBerkas"] = "AK1/2026/000123";
        var response = await ComplaintBed.PostAsync(client, await ComplaintBed.FormAsync(client), values);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("data-error-for=\"namaPelapor\">Nama wajib diisi");
        html.ShouldContain("data-error-for=\"emailPelapor\">Alamat email tidak valid");
        html.ShouldContain("data-error-for=\"isiPengaduan\">Isi pengaduan wajib diisi");
        html.ShouldNotContain("data-error-for=\"kategori\"");
        html.ShouldContain("value=\"bukan-email\"");
        html.ShouldContain("value=\"AK1/2026/000123\"");
        html.ShouldContain("<option value=\"Pelayanan lambat\" selected");

        var empty = await ComplaintBed.PostAsync(client, await ComplaintBed.FormAsync(client), new Dictionary<string, string> { ["isiPengaduan"] = "Ada masalah dengan AK1 saya." });
        (await empty.Content.ReadAsStringAsync()).ShouldContain("data-error-for=\"emailPelapor\">Email wajib diisi");
        (await ComplaintCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_same_form_sent_twice_makes_one_complaint()
    {
        var before = await ComplaintCountAsync();
        var client = _bed.Client();
        var form = await ComplaintBed.FormAsync(client);
        var posts = await Task.WhenAll(ComplaintBed.PostAsync(client, form, ComplaintBed.Valid()), ComplaintBed.PostAsync(client, form, ComplaintBed.Valid()));
        var again = await ComplaintBed.PostAsync(client, form, ComplaintBed.Valid());

        posts.Append(again).Select(ComplaintBed.TokenOf).Distinct().ShouldHaveSingleItem();
        (await ComplaintCountAsync()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task The_status_page_shows_the_response_and_its_time_but_never_an_officer_and_another_token_is_not_found()
    {
        var token = await _bed.SubmitAsync();
        var caseId = (await _bed.OnlineAsync(token)).CaseId;
        var client = _bed.Client();
        var before = await client.GetStringAsync($"/layanan/pengaduan/{token}");
        before.ShouldContain("data-testid=\"state\">Diterima<");
        before.ShouldContain("Berkas AK1 saya belum diproses sejak minggu lalu.");

        // Received Monday 09.00; answered Monday 12.00 (3 jam kerja), followed up and resolved on Tuesday.
        await _bed.ActAsync(caseId, ComplaintBed.At(16, 12, 0), null, new() { ["tanggapan"] = "Berkas Anda sedang kami periksa hari ini." });
        await _bed.ActAsync(caseId, ComplaintBed.At(17, 10, 0), "perlu-waktu", new() { ["catatanTindakLanjut"] = "Kami menunggu konfirmasi dari loket AK1." });
        await _bed.ActAsync(caseId, ComplaintBed.At(17, 14, 0), "selesai", new() { ["catatanTindakLanjut"] = "Kartu AK1 Anda sudah dapat diunduh." });
        var page = await client.GetAsync($"/layanan/pengaduan/{token}");
        var html = await page.Content.ReadAsStringAsync();

        page.Headers.CacheControl!.NoStore.ShouldBeTrue();
        html.ShouldContain("data-testid=\"state\">Selesai<");
        html.ShouldContain("Berkas Anda sedang kami periksa hari ini.");
        html.ShouldContain("0,4 hari kerja (3,0 jam kerja)");
        html.ShouldContain("dalam target 2 hari kerja");
        html.ShouldContain("Kami menunggu konfirmasi dari loket AK1.");
        html.ShouldContain("Kartu AK1 Anda sudah dapat diunduh.");
        html.ShouldNotContain(ComplaintBed.OfficerName);
        html.ShouldNotContain(ComplaintBed.Officer);

        var other = await _bed.SubmitAsync(values: ComplaintBed.Valid("Orang Lain", "lain@contoh.id"));
        other.ShouldNotBe(token);
        var forged = token[..^4] + (token.EndsWith("AAAA") ? "BBBB" : "AAAA");
        (await client.GetAsync($"/layanan/pengaduan/{forged}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetStringAsync($"/layanan/pengaduan/{other}")).ShouldNotContain("Berkas Anda sedang kami periksa hari ini.");
    }

    [Fact]
    public async Task A_berkas_that_is_not_a_complaint_is_not_shown_by_its_token()
    {
        await using var db = await _bed.DbAsync();
        var ak1 = await db.Cases.AsNoTracking().FirstAsync(c => c.DefinitionId == "ak1");
        db.OnlineCases.Add(new OnlineCaseRecord
        {
            CaseId = ak1.Id, StatusToken = "token-permohonan-ak1-bukan-pengaduan", Purpose = "Application", DefinitionId = "ak1", SubmittedAt = ak1.StartedAt,
        });
        await db.SaveChangesAsync();

        (await _bed.Client().GetAsync("/layanan/pengaduan/token-permohonan-ak1-bukan-pengaduan")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>Complaints in the database (the demo data seeds a few of its own).</summary>
    private async Task<int> ComplaintCountAsync()
    {
        await using var db = await _bed.DbAsync();
        return await db.Cases.CountAsync(c => c.DefinitionId == "pengaduan");
    }
}
