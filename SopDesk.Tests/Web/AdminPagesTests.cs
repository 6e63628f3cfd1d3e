using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopDesk.Web.Features.Demo;

namespace SopDesk.Tests.Web;

/// <summary>The staff, journal and holiday pages answer administrators only — refused by the server, not by a hidden link.</summary>
public sealed class AdminPagesTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = SignInForm.NewClient(app);
        (await SignInForm.SignInAsync(client, user, DemoStaff.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [Theory]
    [InlineData("/admin/staf")]
    [InlineData("/admin/staf/baru")]
    [InlineData("/admin/jurnal")]
    [InlineData("/admin/hari-libur")]
    [InlineData("/admin/kunci-api")]
    public async Task A_signed_out_visitor_is_sent_to_the_sign_in_page(string path)
    {
        var response = await SignInForm.NewClient(app).GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/masuk?ReturnUrl=");
    }

    [Theory]
    [InlineData("/admin/staf", "kasi")]
    [InlineData("/admin/staf/baru", "kabid")]
    [InlineData("/admin/jurnal", "kasi")]
    [InlineData("/admin/jurnal", "kepala-dinas")]
    [InlineData("/admin/hari-libur", "kabid")]
    [InlineData("/admin/kunci-api", "kepala-dinas")]
    public async Task Other_staff_are_refused(string path, string user)
    {
        var response = await (await SignedInAsync(user)).GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/ditolak");
    }

    [Theory]
    [InlineData("/admin/staf", "Hendra Saputra, S.E.")]
    [InlineData("/admin/staf/baru", "Kata sandi awal")]
    [InlineData("/admin/jurnal", "Masuk")]
    [InlineData("/admin/hari-libur", "Tambah hari libur")]
    [InlineData("/admin/kunci-api", "Buat kunci baru")]
    public async Task An_administrator_sees_the_page(string path, string expected)
    {
        var response = await (await SignedInAsync("admin")).GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(expected);
    }
}
