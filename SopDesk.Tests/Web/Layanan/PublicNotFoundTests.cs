using System.Net;

namespace SopDesk.Tests.Web.Layanan;

/// <summary>A mistyped public address answers the public 404 page, never the staff sign-in.</summary>
public sealed class PublicNotFoundTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    [Theory]
    [InlineData("/layanan/alamat-salah")]
    [InlineData("/layanan/status/token-yang-tidak-ada/lain")]
    public async Task An_address_no_public_page_has_gets_the_public_404_page(string path)
    {
        var response = await SignInForm.NewClient(app).GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Kembali ke Layanan Online");
        html.ShouldNotContain("/masuk?");
        html.ShouldNotContain("kotak masuk");
    }
}
