using System.Net;
using static SopDesk.Tests.Web.Layanan.LayananForms;

namespace SopDesk.Tests.Web.Layanan;

/// <summary>The side setting (Sides:Serve) and the separation of the staff and public sign-ins, both directions.</summary>
public sealed class SidesAndCookiesTests(LayananAppFixture fixture) : IClassFixture<LayananAppFixture>
{
    [Theory]
    [InlineData("Public", "/layanan", HttpStatusCode.OK)]
    [InlineData("Public", "/layanan/info/ak1-tidak-ada", HttpStatusCode.NotFound)]
    [InlineData("Public", "/masuk", HttpStatusCode.NotFound)]
    [InlineData("Public", "/admin/jurnal", HttpStatusCode.NotFound)]
    [InlineData("Public", "/layanan.css", HttpStatusCode.OK)]
    [InlineData("Public", "/health", HttpStatusCode.OK)]
    [InlineData("Staff", "/layanan", HttpStatusCode.NotFound)]
    [InlineData("Staff", "/layanan/masuk", HttpStatusCode.NotFound)]
    [InlineData("Staff", "/masuk", HttpStatusCode.OK)]
    [InlineData("All", "/layanan/alamat-yang-tidak-ada", HttpStatusCode.NotFound)]
    [InlineData("All", "/layanan", HttpStatusCode.OK)]
    [InlineData("All", "/masuk", HttpStatusCode.OK)]
    public async Task Each_side_serves_only_its_own_addresses(string side, string path, HttpStatusCode expected)
    {
        await using var app = new SopDeskAppFactory { Settings = new Dictionary<string, string> { ["Sides:Serve"] = side } };
        (await SignInForm.NewClient(app).GetAsync(path)).StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task The_staff_cookie_is_not_a_public_sign_in()
    {
        var client = SignInForm.NewClient(fixture.App);
        (await SignInForm.SignInAsync(client, "admin", SopDesk.Web.Features.Demo.DemoStaff.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var mine = await client.GetAsync("/layanan/akun");
        mine.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        mine.Headers.Location!.ToString().ShouldContain("/layanan/masuk");
        (await client.GetAsync("/layanan/akun/data.json")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_public_cookie_is_not_a_staff_sign_in()
    {
        var client = SignInForm.NewClient(fixture.App);
        (await SignedInAsync(client, "siti.rahma@contoh.id", SopDesk.Web.Features.Demo.DemoStaff.Password)).ShouldBe("/layanan/akun");
        (await client.GetAsync("/layanan/akun")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var staffPage in new[] { "/", "/admin/jurnal", "/tanda-tangan" })
        {
            var response = await client.GetAsync(staffPage);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, staffPage);
            response.Headers.Location!.ToString().ShouldStartWith("http://localhost/masuk");
        }
    }
}
