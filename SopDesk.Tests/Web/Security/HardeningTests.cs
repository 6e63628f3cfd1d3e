using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SopDesk.Tests.Web.Security;

/// <summary>Security headers on every answer (HSTS is not sent to localhost, so TLS tests use another host name).</summary>
public sealed class SecurityHeaderTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    [Theory]
    [InlineData("/masuk")]
    [InlineData("/verifikasi/tidak-ada")]
    [InlineData("/app.css")]
    public async Task Every_answer_carries_nosniff_referrer_framing_and_a_same_origin_content_security_policy(string path)
    {
        var response = await SignInForm.NewClient(app).GetAsync(path);

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["strict-origin-when-cross-origin"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        foreach (var directive in new[] { "default-src 'self'", "connect-src 'self'", "img-src 'self' data:", "frame-ancestors 'none'", "object-src 'none'" })
            csp.ShouldContain(directive, customMessage: directive);
        csp.ShouldNotContain("http");
        csp.ShouldNotContain("unsafe-eval");
    }

    [Fact]
    public async Task The_import_map_carries_the_nonce_its_policy_allows_and_each_page_gets_a_new_one()
    {
        var first = await SignInForm.NewClient(app).GetAsync("/masuk");
        var second = await SignInForm.NewClient(app).GetAsync("/masuk");

        var nonce = System.Text.RegularExpressions.Regex.Match(first.Headers.GetValues("Content-Security-Policy").Single(), "'nonce-([^']+)'").Groups[1].Value;
        nonce.ShouldNotBeEmpty();
        (await first.Content.ReadAsStringAsync()).ShouldContain($"<script type=\"importmap\" nonce=\"{nonce}\"");
        second.Headers.GetValues("Content-Security-Policy").Single().ShouldNotContain(nonce);
    }
}

/// <summary>Secure cookies in Production; HTTPS redirection and HSTS when configured.</summary>
public sealed class ProductionTransportTests
{
    /// <summary>A Production app without the demo seed: the bootstrap administrator is the only account.</summary>
    private static SopDeskAppFactory ProductionApp(bool redirect = false, bool proxy = false) => new()
    {
        Settings = new Dictionary<string, string>
        {
            ["environment"] = "Production", ["Demo:Seed"] = "false", ["Bootstrap:AdminPassword"] = AdminPassword,
            ["Https:Redirect"] = redirect ? "true" : "false", ["Https:Port"] = "443", ["ForwardedHeaders:KnownNetworks"] = proxy ? "0.0.0.0/0, ::/0" : "",
        },
    };

    private const string AdminPassword = "Kebun-Kopi-Dempo-7741";

    private static HttpClient OverHttps(WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://sopdesk.test") });

    [Fact]
    public async Task In_Production_the_antiforgery_and_sign_in_cookies_are_Secure_even_when_TLS_ends_at_a_proxy()
    {
        await using var app = ProductionApp(proxy: true);
        // Plain HTTP from the proxy that ended TLS and says so; cookies are carried by hand (a cookie jar would rightly
        // keep a Secure cookie off plain HTTP).
        var client = app.Server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var form = await client.GetAsync("/masuk");
        var antiforgery = form.Headers.GetValues("Set-Cookie").ShouldHaveSingleItem();
        antiforgery.ShouldContain("; secure");
        var token = System.Text.RegularExpressions.Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/masuk")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "masuk", ["__RequestVerificationToken"] = token, ["Input.UserName"] = "admin", ["Input.Password"] = AdminPassword,
            }),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var signedIn = await client.SendAsync(post);

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var session = signedIn.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("SopDesk.Masuk=", StringComparison.Ordinal)).ShouldHaveSingleItem();
        session.ShouldContain("; secure");
    }

    [Fact]
    public async Task Outside_Production_a_plain_HTTP_developer_still_gets_cookies_it_can_send_back()
    {
        await using var app = new SopDeskAppFactory();
        var form = await SignInForm.NewClient(app).GetAsync("/masuk");
        form.Headers.GetValues("Set-Cookie").ShouldAllBe(cookie => !cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Served_over_TLS_plain_HTTP_is_redirected_and_HTTPS_answers_carry_HSTS()
    {
        await using var app = ProductionApp(redirect: true);

        var plain = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://sopdesk.test") })
            .GetAsync("/masuk");
        plain.StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        plain.Headers.Location!.ToString().ShouldStartWith("https://sopdesk.test/masuk");
        var secure = await OverHttps(app).GetAsync("/masuk");
        secure.StatusCode.ShouldBe(HttpStatusCode.OK);
        secure.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=31536000");
    }
}

/// <summary>Behind the office's reverse proxy every request comes from the proxy: the rate limit must key on X-Forwarded-For.</summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task Behind_a_known_proxy_each_client_address_has_its_own_verification_allowance()
    {
        await using var app = new SopDeskAppFactory
        {
            Settings = new Dictionary<string, string> { ["Documents:VerificationsPerMinute"] = "2", ["ForwardedHeaders:KnownNetworks"] = "0.0.0.0/0, ::/0" },
        };
        var client = SignInForm.NewClient(app);
        Task<HttpResponseMessage> VerifyFrom(string address, int i)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/verifikasi/tebakan{i}");
            request.Headers.Add("X-Forwarded-For", address);
            return client.SendAsync(request);
        }

        for (var i = 0; i < 2; i++) (await VerifyFrom("203.0.113.7", i)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await VerifyFrom("203.0.113.7", 2)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        (await VerifyFrom("198.51.100.20", 3)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_a_configured_proxy_the_header_is_not_believed()
    {
        await using var app = new SopDeskAppFactory { Settings = new Dictionary<string, string> { ["Documents:VerificationsPerMinute"] = "1" } };
        var client = SignInForm.NewClient(app);
        foreach (var (address, expected) in new[] { ("203.0.113.7", HttpStatusCode.NotFound), ("198.51.100.20", HttpStatusCode.TooManyRequests) })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/verifikasi/tebakan");
            request.Headers.Add("X-Forwarded-For", address);
            (await client.SendAsync(request)).StatusCode.ShouldBe(expected);
        }
    }
}
