using System.Net;

namespace SopDesk.Tests.Web.Documents;

/// <summary>Trying tokens in bulk is cut off: past the per-minute allowance a client address gets 429, with an Indonesian reason.</summary>
public sealed class VerificationRateLimitTests
{
    [Fact]
    public async Task Past_the_allowance_the_verification_page_answers_429_while_other_pages_do_not()
    {
        await using var app = new SopDeskAppFactory { Settings = new Dictionary<string, string> { ["Documents:VerificationsPerMinute"] = "3" } };
        var client = SignInForm.NewClient(app);

        for (var i = 0; i < 3; i++)
            (await client.GetAsync($"/verifikasi/tebakan{i}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var refused = await client.GetAsync("/verifikasi/tebakan3");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Terlalu banyak permintaan dari alamat Anda");
        (await client.GetAsync("/masuk")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
