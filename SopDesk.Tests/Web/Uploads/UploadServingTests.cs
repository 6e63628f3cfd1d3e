using System.Net;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using SkiaSharp;
using SopDesk.Data.Entities;
using SopDesk.Tests.Web.Documents;
using SopDesk.Web.Features.Uploads;

namespace SopDesk.Tests.Web.Uploads;

public sealed class UploadServingTests(OnlineUploadBed bed) : IClassFixture<OnlineUploadBed>
{
    private async Task<int> ViewsAsync(Guid caseId)
    {
        await using var db = bed.Db();
        return await db.Journal.CountAsync(j => j.CaseId == caseId && j.Action == JournalActions.UploadViewed);
    }

    [Fact]
    public async Task An_officer_of_the_sop_sees_the_document_with_safe_headers_and_each_view_is_journaled_once()
    {
        var berkas = await bed.OnlineAk1Async(await bed.AccountAsync(), through: "ajukan");
        var kasi = await DocumentTestBed.SignedInAsync(bed.App, "kasi");

        var photo = await kasi.GetAsync(UploadEndpoints.StaffPath(berkas.CaseId, berkas.PhotoId));
        photo.StatusCode.ShouldBe(HttpStatusCode.OK);
        photo.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        photo.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        photo.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        photo.Headers.CacheControl!.NoStore.ShouldBeTrue();
        photo.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("sandbox");
        using (var image = SKBitmap.Decode(await photo.Content.ReadAsByteArrayAsync())) (image.Width, image.Height).ShouldBe((354, 472));
        (await ViewsAsync(berkas.CaseId)).ShouldBe(1);

        var ktp = await kasi.GetAsync(UploadEndpoints.StaffPath(berkas.CaseId, berkas.KtpId));
        ktp.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        ktp.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        ktp.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe("ktp saya.pdf");
        (await ViewsAsync(berkas.CaseId)).ShouldBe(2);
    }

    [Fact]
    public async Task An_officer_who_may_not_see_the_personal_data_is_refused_and_nothing_is_journaled()
    {
        var berkas = await bed.OnlineAk1Async(await bed.AccountAsync(), through: "ajukan");
        var jfu = await DocumentTestBed.SignedInAsync(bed.App, "jfu");

        var response = await jfu.GetAsync(UploadEndpoints.StaffPath(berkas.CaseId, berkas.PhotoId));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Anda tidak berwenang melihat dokumen pemohon");
        (await ViewsAsync(berkas.CaseId)).ShouldBe(0);
    }

    [Fact]
    public async Task A_document_of_another_berkas_is_not_found_under_this_berkas()
    {
        var a = await bed.OnlineAk1Async(await bed.AccountAsync(), through: "ajukan");
        var b = await bed.OnlineAk1Async(await bed.AccountAsync(), through: "ajukan");
        var kasi = await DocumentTestBed.SignedInAsync(bed.App, "kasi");

        (await kasi.GetAsync(UploadEndpoints.StaffPath(a.CaseId, b.PhotoId))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_owner_gets_their_document_and_everyone_else_a_404()
    {
        var ownerId = await bed.AccountAsync();
        var mine = await bed.OnlineAk1Async(ownerId, through: "ajukan");
        var otherId = await bed.AccountAsync();
        var theirs = await bed.OnlineAk1Async(otherId, through: "ajukan");
        var owner = await bed.CitizenAsync(ownerId);
        var other = await bed.CitizenAsync(otherId);
        var anonymous = SignInForm.NewClient(bed.App);
        var staff = await DocumentTestBed.SignedInAsync(bed.App, "kasi");

        var own = await owner.GetAsync(UploadEndpoints.OwnerPath(mine.Token, mine.KtpId));
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        own.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        own.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);

        // Walk the ids: every combination that is not the owner's own pair answers the same 404.
        foreach (var (client, token, upload) in new[]
        {
            (other, mine.Token, mine.KtpId), (other, mine.Token, mine.PhotoId), (other, theirs.Token, mine.KtpId),
            (owner, mine.Token, theirs.KtpId), (owner, theirs.Token, theirs.KtpId), (owner, mine.Token, Guid.NewGuid()),
            (anonymous, mine.Token, mine.KtpId), (staff, mine.Token, mine.KtpId),
        })
        {
            var response = await client.GetAsync(UploadEndpoints.OwnerPath(token, upload));
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await response.Content.ReadAsStringAsync()).ShouldBe("Dokumen tidak ditemukan.");
        }
    }

    [Fact]
    public async Task The_public_cookie_does_not_open_the_staff_endpoint()
    {
        var ownerId = await bed.AccountAsync();
        var mine = await bed.OnlineAk1Async(ownerId, through: "ajukan");
        var owner = await bed.CitizenAsync(ownerId);

        var response = await owner.GetAsync(UploadEndpoints.StaffPath(mine.CaseId, mine.PhotoId));

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        (await ViewsAsync(mine.CaseId)).ShouldBe(0);
    }

    [Fact]
    public async Task A_file_changed_in_the_store_is_not_served()
    {
        var berkas = await bed.OnlineAk1Async(await bed.AccountAsync(), through: "ajukan");
        await using (var db = bed.Db())
        {
            var record = await db.Uploads.SingleAsync(u => u.Id == berkas.KtpId);
            File.AppendAllText(Path.Combine(bed.UploadFolder, record.StorageName), "%changed");
        }
        var kasi = await DocumentTestBed.SignedInAsync(bed.App, "kasi");

        var response = await kasi.GetAsync(UploadEndpoints.StaffPath(berkas.CaseId, berkas.KtpId));

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync()).ShouldContain("berubah sejak diunggah");
    }

    [Fact]
    public async Task The_ak1_card_prints_the_uploaded_photo()
    {
        var berkas = await bed.OnlineAk1Async(await bed.AccountAsync(), through: "input-data");
        var kasi = await DocumentTestBed.SignedInAsync(bed.App, "kasi");

        var (status, html) = await DocumentTestBed.GetAsync(kasi, $"/berkas/{berkas.CaseId}/kartu-ak1");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain($"src=\"{UploadEndpoints.StaffPath(berkas.CaseId, berkas.PhotoId)}\"");
        html.ShouldNotContain("data-testid=\"photo-box\"");
    }

    [Fact]
    public async Task The_ak1_pdf_is_refused_before_signing()
    {
        var ownerId = await bed.AccountAsync();
        var berkas = await bed.OnlineAk1Async(ownerId, through: "input-data");
        var owner = await bed.CitizenAsync(ownerId);
        var kasi = await DocumentTestBed.SignedInAsync(bed.App, "kasi");

        foreach (var response in new[] { await owner.GetAsync(Ak1PdfEndpoints.OwnerPath(berkas.Token)), await kasi.GetAsync(Ak1PdfEndpoints.StaffPath(berkas.CaseId)) })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await response.Content.ReadAsStringAsync()).ShouldBe(Ak1PdfEndpoints.NotSignedMessage);
        }
    }

    [Fact]
    public async Task The_signed_ak1_pdf_opens_with_the_photo_for_its_owner_only()
    {
        var ownerId = await bed.AccountAsync();
        var berkas = await bed.OnlineAk1Async(ownerId, through: "tandatangan");
        var owner = await bed.CitizenAsync(ownerId);
        var other = await bed.CitizenAsync(await bed.AccountAsync());

        var response = await owner.GetAsync(Ak1PdfEndpoints.OwnerPath(berkas.Token));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var pdf = PdfReader.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), PdfDocumentOpenMode.Import);
        pdf.PageCount.ShouldBe(1);
        ImageSizes(pdf.Pages[0]).ShouldContain((354, 472)); // the pas foto, as stored
        (await other.GetAsync(Ak1PdfEndpoints.OwnerPath(berkas.Token))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_staff_ak1_pdf_follows_the_printed_cards_rule_and_is_journaled()
    {
        var berkas = await bed.OnlineAk1Async(await bed.AccountAsync(), through: "tandatangan");
        var kasi = await DocumentTestBed.SignedInAsync(bed.App, "kasi");
        var jfu = await DocumentTestBed.SignedInAsync(bed.App, "jfu");

        (await kasi.GetAsync(Ak1PdfEndpoints.StaffPath(berkas.CaseId))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await jfu.GetAsync(Ak1PdfEndpoints.StaffPath(berkas.CaseId))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using var db = bed.Db();
        (await db.Journal.CountAsync(j => j.CaseId == berkas.CaseId && j.Action == JournalActions.DocumentPrinted && j.ActorName.StartsWith("Hendra"))).ShouldBe(1);
    }

    private static List<(int, int)> ImageSizes(PdfPage page)
    {
        var sizes = new List<(int, int)>();
        var xObjects = page.Resources.Elements.GetDictionary("/XObject");
        foreach (var key in xObjects?.Elements.Keys ?? [])
            if (xObjects!.Elements.GetReference(key)?.Value is PdfDictionary image && image.Elements.GetName("/Subtype") == "/Image")
                sizes.Add((image.Elements.GetInteger("/Width"), image.Elements.GetInteger("/Height")));
        return sizes;
    }
}
