using System.Net;
using SopDesk.Web.Layanan.Abuse;
using static SopDesk.Tests.Web.Layanan.LayananForms;

namespace SopDesk.Tests.Web.Layanan;

/// <summary>FormGuard (honeypot, minimum fill time, forged render time) and the per-address rate limit on public form posts.</summary>
public sealed class AbuseControlTests
{
    private static Dictionary<string, string> SignIn => new() { ["Input.Login"] = "siti.rahma@contoh.id", ["Input.Password"] = "salah-sekali-123" };

    [Fact]
    public async Task A_filled_honeypot_a_forged_render_time_and_a_too_fast_post_are_refused()
    {
        await using var app = new SopDeskAppFactory { Settings = new Dictionary<string, string> { ["Layanan:MinFillSeconds"] = "600" } };
        var client = SignInForm.NewClient(app);

        var fast = Decoded(await (await PostAsync(client, "/layanan/masuk", "masuk", SignIn)).Content.ReadAsStringAsync());
        fast.ShouldContain(FormGuard.TooFast);
        var forged = Decoded(await (await PostAsync(client, "/layanan/masuk", "masuk", SignIn, _ => "dibuat-sendiri")).Content.ReadAsStringAsync());
        forged.ShouldContain(FormGuard.NotReadable);
        var bot = Decoded(await (await PostAsync(client, "/layanan/masuk", "masuk", SignIn, honeypot: "http://spam.example")).Content.ReadAsStringAsync());
        bot.ShouldContain(FormGuard.Refused);
        bot.ShouldNotContain(FormGuard.TooFast); // the honeypot is checked first
    }

    [Fact]
    public async Task With_the_minimum_met_the_guard_lets_the_post_through()
    {
        await using var app = new SopDeskAppFactory();
        var html = Decoded(await (await PostAsync(SignInForm.NewClient(app), "/layanan/masuk", "masuk", SignIn)).Content.ReadAsStringAsync());
        html.ShouldNotContain(FormGuard.TooFast);
        html.ShouldContain(SopDesk.Web.Layanan.Accounts.PublicSignIn.Refused);
    }

    [Fact]
    public async Task Past_the_allowance_a_form_post_gets_429_in_Indonesian_while_reading_pages_is_not_limited()
    {
        await using var app = new SopDeskAppFactory { Settings = new Dictionary<string, string> { ["Layanan:FormsPerMinute"] = "2" } };
        var client = SignInForm.NewClient(app);
        for (var i = 0; i < 2; i++)
            (await PostAsync(client, "/layanan/masuk", "masuk", SignIn)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await PostAsync(client, "/layanan/masuk", "masuk", SignIn);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var body = await refused.Content.ReadAsStringAsync();
        body.ShouldContain("Terlalu banyak permintaan dari alamat Anda; coba lagi dalam 1 menit");
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        for (var i = 0; i < 4; i++)
            (await client.GetAsync("/layanan/masuk")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
