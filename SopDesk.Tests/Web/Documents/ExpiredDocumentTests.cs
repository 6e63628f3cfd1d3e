using System.Net;
using Microsoft.Extensions.Time.Testing;
using static SopDesk.Tests.Web.Documents.DocumentTestBed;

namespace SopDesk.Tests.Web.Documents;

/// <summary>An AK1 is valid 24 months from its signature: two years and a day later the same QR code says KEDALUWARSA.</summary>
public sealed class ExpiredDocumentTests
{
    [Fact]
    public async Task Two_years_after_its_signature_the_card_is_expired_on_the_verification_and_print_pages()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
        await using var app = new SopDeskAppFactory { Clock = clock };
        var caseId = await Ak1Async(app, through: "tandatangan");
        var entry = await EntryAsync(app, caseId);
        (await GetAsync(SignInForm.NewClient(app), $"/verifikasi/{entry.VerificationToken}")).Html.ShouldContain("SAH / BERLAKU");

        clock.Advance(TimeSpan.FromDays(2 * 365 + 2));

        var (status, html) = await GetAsync(SignInForm.NewClient(app), $"/verifikasi/{entry.VerificationToken}");
        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("KEDALUWARSA");
        html.ShouldNotContain("SAH / BERLAKU");
        var (_, card) = await GetAsync(await SignedInAsync(app, "kasi"), $"/berkas/{caseId}/kartu-ak1");
        card.ShouldContain("sudah <strong>tidak berlaku</strong> sejak");
    }
}
