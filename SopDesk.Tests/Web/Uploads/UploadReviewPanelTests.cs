using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Cases;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Uploads;

/// <summary>The berkas page of an online AK1 berkas at its completeness check, with two uploads (the list needs no stored bytes).</summary>
public sealed class UploadReviewPanelTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();
    private TempDatabase _database = default!;
    private BunitAuthorizationContext _auth = default!;
    private Guid _caseId, _ktpId;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        _auth = await CasePageBed.SetUpAsync(_context, _database);
        var driver = new CaseDriver("ak1") { Now = DateTimeOffset.UtcNow.AddHours(-1) };
        var started = driver.Start(); // open: periksa (petugas-penerima)
        await using var db = _database.NewContext();
        (await new CaseStore(db).ApplyAsync(started, driver.Definition, TimeZoneInfo.Utc)).ShouldBeOfType<Applied>();
        _caseId = driver.State!.CaseId;
        _ktpId = Guid.NewGuid();
        db.OnlineCases.Add(new OnlineCaseRecord { CaseId = _caseId, StatusToken = "t-" + Guid.NewGuid().ToString("N"), Purpose = "Application", DefinitionId = "ak1", SubmittedAt = DateTimeOffset.UtcNow });
        db.Uploads.Add(Upload(_ktpId, "ktp", "ktp.pdf", "application/pdf", 350_000));
        db.Uploads.Add(Upload(Guid.NewGuid(), "pas-foto", "foto.jpg", "image/jpeg", 40_000));
        await db.SaveChangesAsync();
    }

    private UploadRecord Upload(Guid id, string uploadId, string name, string type, long size) => new()
    {
        Id = id, CaseId = _caseId, UploadId = uploadId, OriginalName = name, ContentType = type, SizeBytes = size, Sha256 = "00",
        StorageName = Guid.NewGuid().ToString("N") + ".bin", UploadedAt = DateTimeOffset.UtcNow, UploadedByUserId = "layanan:x",
    };

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _database.DisposeAsync();
    }

    private IRenderedComponent<CasePage> RenderAs(string role)
    {
        _auth.SetAuthorized($"Pegawai {role}");
        _auth.SetRoles(role);
        var principal = TestPrincipals.SignedInAsync(_context.Services, $"user-{role}", $"Pegawai {role}", role).GetAwaiter().GetResult();
        _auth.SetClaims([.. principal.Claims.Where(c => c.Type is ClaimTypes.NameIdentifier or SopDesk.Web.Security.ActorFactory.FullNameClaim or SopDesk.Web.Security.CurrentStaff.SessionIdClaim)]);
        var page = _context.Render<CasePage>(p => p.Add(c => c.Id, _caseId));
        page.WaitForAssertion(() => page.Find("[data-testid=case-number]"));
        return page;
    }

    [Fact]
    public async Task The_checking_officer_is_told_refusals_go_back_to_the_applicant_and_a_reason_is_saved_at_once()
    {
        var page = RenderAs("petugas-penerima");

        page.WaitForAssertion(() => page.FindAll("[data-testid=upload-row]").Count.ShouldBe(2));
        page.Find("[data-testid=upload-review-note]").TextContent.ShouldContain("dikirim kembali kepada pemohon");
        page.FindAll("[data-testid=upload-view]")[0].GetAttribute("href").ShouldStartWith($"/berkas/{_caseId}/unggahan/");

        var ktpRow = page.FindAll("[data-testid=upload-row]").Single(r => r.TextContent.Contains("ktp.pdf"));
        ktpRow.TextContent.ShouldContain("PDF");
        ktpRow.QuerySelector("[data-testid=upload-refuse]")!.Click();
        page.WaitForAssertion(() => page.Find("[data-testid=upload-review-error]").TextContent.ShouldContain("Tulis alasan"));

        page.FindAll("[data-testid=upload-row]").Single(r => r.TextContent.Contains("ktp.pdf")).QuerySelector("textarea")!.Change("Foto KTP terpotong");
        page.FindAll("[data-testid=upload-row]").Single(r => r.TextContent.Contains("ktp.pdf")).QuerySelector("[data-testid=upload-refuse]")!.Click();

        page.WaitForAssertion(() => page.FindAll("[data-testid=upload-row]").Single(r => r.TextContent.Contains("ktp.pdf"))
            .QuerySelector("[data-testid=upload-status]")!.TextContent.ShouldBe("Tidak sesuai: Foto KTP terpotong"));
        await using var db = _database.NewContext();
        (await db.Uploads.SingleAsync(u => u.Id == _ktpId)).ReviewNote.ShouldBe("Foto KTP terpotong");
    }

    [Fact]
    public void Another_lane_sees_the_list_without_judging_and_others_see_no_panel()
    {
        var kasi = RenderAs("kasi");
        kasi.WaitForAssertion(() => kasi.FindAll("[data-testid=upload-row]").Count.ShouldBe(2));
        kasi.FindAll("[data-testid=upload-fits]").ShouldBeEmpty();

        var staf = RenderAs("staf");
        staf.FindAll("[data-testid=upload-panel]").ShouldBeEmpty();
    }
}
