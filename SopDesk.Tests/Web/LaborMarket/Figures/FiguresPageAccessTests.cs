using System.Net;
using SopDesk.Web.Features.Demo;

namespace SopDesk.Tests.Web.LaborMarket.Figures;

/// <summary>/pasar-kerja/angka on the real app: supervisors and the Pengantar Kerja open it; other officers are refused by the server.</summary>
public sealed class FiguresPageAccessTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private const string Page = "/pasar-kerja/angka?tahun=2026&bulan=11";

    [Theory]
    [InlineData("kabid")]
    [InlineData("kasi")]
    [InlineData("kepala-dinas")]
    [InlineData("pengantar-kerja")]
    public async Task Supervisors_and_the_pengantar_kerja_open_the_figures(string userName)
    {
        var response = await (await SignedInAsync(userName)).GetAsync(Page);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, userName);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Angka pasar kerja");
    }

    [Theory]
    [InlineData("petugas-penerima")]
    [InlineData("pengadministrasi")]
    public async Task Other_officers_are_sent_to_the_refusal_page(string userName)
    {
        var response = await (await SignedInAsync(userName)).GetAsync(Page);

        response.Headers.Location.ShouldNotBeNull(userName).ToString().ShouldStartWith("http://localhost/ditolak");
    }

    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in()
    {
        var response = await SignInForm.NewClient(app).GetAsync(Page);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/masuk?ReturnUrl=");
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = SignInForm.NewClient(app);
        (await SignInForm.SignInAsync(client, userName, DemoStaff.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }
}
