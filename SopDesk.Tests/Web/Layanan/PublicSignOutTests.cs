using System.Net;
using System.Text.RegularExpressions;
using static SopDesk.Tests.Web.Layanan.Applications.ApplicantBed;

namespace SopDesk.Tests.Web.Layanan;

/// <summary>Signing out of /layanan takes the form's antiforgery token, as every public form does: another site cannot sign a citizen out.</summary>
public sealed partial class PublicSignOutTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    [Fact]
    public async Task A_sign_out_without_the_forms_token_is_refused_and_with_it_ends_the_sign_in()
    {
        var account = await CreateAccountAsync(app.Services, 9101);
        var client = Client(app, account);

        var forged = await client.PostAsync("/layanan/keluar", new FormUrlEncodedContent(new Dictionary<string, string>()));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/layanan/akun")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var page = await client.GetStringAsync("/layanan/akun");
        var token = Token().Match(page[page.IndexOf("/layanan/keluar", StringComparison.Ordinal)..]).Groups[1].Value;
        var signedOut = await client.PostAsync("/layanan/keluar",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect, await signedOut.Content.ReadAsStringAsync());
        signedOut.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("SopDesk.Layanan=;") && c.Contains("expires=Thu, 01 Jan 1970"));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
