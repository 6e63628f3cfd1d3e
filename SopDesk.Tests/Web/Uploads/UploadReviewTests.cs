using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Uploads;

namespace SopDesk.Tests.Web.Uploads;

public sealed class UploadReviewTests(OnlineUploadBed bed) : IClassFixture<OnlineUploadBed>
{
    private async Task<T> WithReviews<T>(Func<UploadReviewService, Task<T>> act)
    {
        await using var scope = bed.App.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<UploadReviewService>());
    }

    [Fact]
    public async Task The_officer_holding_the_completeness_check_judges_each_document_and_it_is_journaled()
    {
        var berkas = await bed.OnlineAk1Async(await bed.AccountAsync(), through: "ajukan"); // open step: periksa (petugas-penerima)
        var petugas = await SignInForm.PrincipalAsync(bed.App.Services, "petugas-penerima");

        var panel = await WithReviews(r => r.LoadAsync(berkas.CaseId, petugas));
        panel.ShouldNotBeNull();
        panel.MayReview.ShouldBeTrue();
        // In the order the SOP file declares its uploads (503/48: KTP, ijazah, pas foto); only what was uploaded.
        panel.Rows.Select(r => (r.Label, r.Requirement)).ShouldBe([("KTP", "Fotokopi KTP"), ("Pas foto 3×4", "Pas foto 3x4 (2 lembar)")]);

        (await WithReviews(r => r.ReviewAsync(berkas.CaseId, berkas.PhotoId, fits: true, null, petugas))).ShouldBeNull();
        (await WithReviews(r => r.ReviewAsync(berkas.CaseId, berkas.KtpId, fits: false, "  KTP buram, NIK tidak terbaca  ", petugas))).ShouldBeNull();

        await using var db = bed.Db();
        var uploads = await db.Uploads.AsNoTracking().Where(u => u.CaseId == berkas.CaseId).ToDictionaryAsync(u => u.Id);
        uploads[berkas.PhotoId].Status.ShouldBe(UploadStatus.Accepted);
        uploads[berkas.KtpId].Status.ShouldBe(UploadStatus.Refused);
        uploads[berkas.KtpId].ReviewNote.ShouldBe("KTP buram, NIK tidak terbaca");
        uploads[berkas.KtpId].ReviewedAt.ShouldNotBeNull();
        uploads[berkas.KtpId].ReviewedByUserId.ShouldNotBeNullOrEmpty();
        (await db.Journal.Where(j => j.CaseId == berkas.CaseId && j.Action == JournalActions.UploadReviewed).Select(j => j.Detail).ToListAsync())
            .ShouldBe(["Dokumen Pas foto 3×4 dinyatakan sesuai", "Dokumen KTP dinyatakan tidak sesuai: KTP buram, NIK tidak terbaca"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_refusal_needs_a_reason()
    {
        var berkas = await bed.OnlineAk1Async(await bed.AccountAsync(), through: "ajukan");
        var petugas = await SignInForm.PrincipalAsync(bed.App.Services, "petugas-penerima");

        (await WithReviews(r => r.ReviewAsync(berkas.CaseId, berkas.KtpId, fits: false, " ", petugas)))
            .ShouldBe("Tulis alasan mengapa dokumen tidak sesuai; alasan ini dibaca pemohon.");
        await using var db = bed.Db();
        (await db.Uploads.SingleAsync(u => u.Id == berkas.KtpId)).Status.ShouldBe(UploadStatus.Submitted);
    }

    [Fact]
    public async Task Another_lane_officer_sees_the_documents_but_may_not_judge_them()
    {
        var berkas = await bed.OnlineAk1Async(await bed.AccountAsync(), through: "ajukan");
        var kasi = await SignInForm.PrincipalAsync(bed.App.Services, "kasi");

        (await WithReviews(r => r.LoadAsync(berkas.CaseId, kasi)))!.MayReview.ShouldBeFalse();
        (await WithReviews(r => r.ReviewAsync(berkas.CaseId, berkas.KtpId, fits: true, null, kasi)))!.ShouldStartWith("Anda tidak dapat memeriksa dokumen ini sekarang");
    }

    [Fact]
    public async Task An_officer_who_may_not_see_personal_data_gets_no_panel()
    {
        var berkas = await bed.OnlineAk1Async(await bed.AccountAsync(), through: "ajukan");
        var jfu = await SignInForm.PrincipalAsync(bed.App.Services, "jfu");

        (await WithReviews(r => r.LoadAsync(berkas.CaseId, jfu))).ShouldBeNull();
    }

    [Fact]
    public async Task A_berkas_registered_at_the_desk_has_no_panel()
    {
        var caseId = await SopDesk.Tests.Web.Documents.DocumentTestBed.Ak1Async(bed.App, "ajukan");
        var petugas = await SignInForm.PrincipalAsync(bed.App.Services, "petugas-penerima");

        (await WithReviews(r => r.LoadAsync(caseId, petugas))).ShouldBeNull();
    }
}
