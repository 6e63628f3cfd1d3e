using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Data.Registers;
using SopDesk.Tests.Web.Registers;
using SopDesk.Web.Features.Registers;
using SopDesk.Web.Features.Registers.Export;
using static SopDesk.Tests.Web.Documents.DeclaredDocumentTestBed;
using static SopDesk.Tests.Web.Documents.DocumentTestBed;

namespace SopDesk.Tests.Web.Documents;

/// <summary>
/// A declared document valid one month, signed on 31 January (WIB): valid until 28 February — on the print, on the register
/// page's and the Excel export's "document.validUntil" column beside "document.signedAt" — and expired on the QR page from then.
/// </summary>
public sealed class DeclaredDocumentValidityTests : IAsyncDisposable
{
    // 31 January 2027, 10:00 WIB.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 31, 3, 0, 0, TimeSpan.Zero));
    private readonly Folder _folder = new(sop => Document(sop)["validMonths"] = 1);
    private readonly SopDeskAppFactory _app;

    public DeclaredDocumentValidityTests() => _app = App(_folder, _clock);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Signed_on_31_January_for_one_month_it_is_valid_until_28_February_and_expired_from_then()
    {
        var caseId = await RunAsync(_app, through: "tandatangan");
        var entry = await LineAsync(_app, caseId);

        entry.SignedAt!.Value.ShouldBe(_clock.GetUtcNow());
        entry.ValidUntil!.Value.ToOffset(TimeSpan.FromHours(7)).ShouldBe(new DateTimeOffset(2027, 2, 28, 10, 0, 0, TimeSpan.FromHours(7)));
        var (_, print) = await GetAsync(await SignedInAsync(_app, "kasi"), $"/berkas/{caseId}/dokumen/{DocumentId}");
        print.ShouldContain("<tr><th>Berlaku sampai</th><td>28 Februari 2027</td></tr>");
        print.ShouldContain("<tr><th>Tanggal terbit</th><td>31 Januari 2027</td></tr>");

        var registers = _app.Services.CreateScope().ServiceProvider.GetRequiredService<RegisterService>();
        var page = await registers.PageAsync(await SignInForm.PrincipalAsync(_app.Services, "kasi"), new RegisterFilter("register-uji"), 0, 10);
        var line = page.Lines.Single(l => l.Entry.Id == entry.Id);
        var headers = page.Columns.Select(c => c.Header).ToList();
        page.Columns[headers.IndexOf("Ditandatangani")].Kind.ShouldBe(RegisterCellKind.DateTime);
        page.Columns[headers.IndexOf("Berlaku Sampai")].Kind.ShouldBe(RegisterCellKind.Date);
        line.Values[headers.IndexOf("Ditandatangani")].ShouldBe(new DateTime(2027, 1, 31, 10, 0, 0));
        line.Values[headers.IndexOf("Berlaku Sampai")].ShouldBe(new DateOnly(2027, 2, 28));

        // The Excel export writes the same typed cells: a date-time and a date (Excel serial numbers).
        var exports = _app.Services.GetRequiredService<RegisterExports>();
        var job = await exports.StartAsync(await SignInForm.PrincipalAsync(_app.Services, "kasi"), new RegisterFilter("register-uji", Text: entry.Number));
        for (var i = 0; i < 200 && !job.Done && job.Error is null; i++) await Task.Delay(50);
        job.Done.ShouldBeTrue(job.Error);
        using (var file = new WrittenRegister((await exports.ReadFileAsync(job.Id, job.UserId))!))
        {
            file.Text($"D{RegisterSamples.HeaderRow}").ShouldBe("Ditandatangani");
            file.Text($"E{RegisterSamples.HeaderRow}").ShouldBe("Berlaku Sampai");
            file.Number($"D{RegisterSamples.FirstDataRow}").ShouldBe(new DateTime(2027, 1, 31, 10, 0, 0).ToOADate(), 1e-6);
            file.Number($"E{RegisterSamples.FirstDataRow}").ShouldBe(new DateTime(2027, 2, 28).ToOADate());
        }

        _clock.Advance(TimeSpan.FromDays(28).Subtract(TimeSpan.FromMinutes(1)));
        (await GetAsync(SignInForm.NewClient(_app), $"/verifikasi/{entry.VerificationToken}")).Html.ShouldContain("SAH / BERLAKU");
        _clock.Advance(TimeSpan.FromMinutes(1));
        var (status, verified) = await GetAsync(SignInForm.NewClient(_app), $"/verifikasi/{entry.VerificationToken}");
        status.ShouldBe(HttpStatusCode.OK);
        verified.ShouldContain("KEDALUWARSA");
    }

    [Fact]
    public async Task Before_its_signature_the_register_leaves_both_document_columns_empty()
    {
        var caseId = await RunAsync(_app, through: "paraf-kasi");
        var entry = await LineAsync(_app, caseId);

        var registers = _app.Services.CreateScope().ServiceProvider.GetRequiredService<RegisterService>();
        var page = await registers.PageAsync(await SignInForm.PrincipalAsync(_app.Services, "kasi"), new RegisterFilter("register-uji"), 0, 10);
        var line = page.Lines.Single(l => l.Entry.Id == entry.Id);
        var headers = page.Columns.Select(c => c.Header).ToList();
        line.Values[headers.IndexOf("Ditandatangani")].ShouldBeNull();
        line.Values[headers.IndexOf("Berlaku Sampai")].ShouldBeNull();
        line.Values[headers.IndexOf("Nama Lembaga")].ShouldBe(Institute);
    }
}
