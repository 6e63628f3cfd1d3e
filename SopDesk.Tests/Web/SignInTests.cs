using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Security;

namespace SopDesk.Tests.Web;

public class SignInTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private HttpClient NewClient() => SignInForm.NewClient(app);

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password) => SignInForm.SignInAsync(client, user, password);

    [Theory]
    [InlineData("/")]
    [InlineData("/katalog")]
    [InlineData("/katalog/ak1")]
    [InlineData("/berkas")]
    [InlineData("/berkas/baru")]
    [InlineData("/admin/definisi")]
    public async Task Every_staff_page_sends_a_signed_out_visitor_to_the_sign_in_page(string path)
    {
        var response = await NewClient().GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/masuk?ReturnUrl=");
    }

    [Fact]
    public async Task A_demo_officer_signs_in_and_sees_the_catalogue()
    {
        var client = NewClient();
        var response = await SignInAsync(client, "kasi", DemoStaff.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath.ShouldBe("/");

        var catalogue = await client.GetAsync("/katalog");
        catalogue.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await catalogue.Content.ReadAsStringAsync();
        html.ShouldContain("Penerbitan Kartu Pencairi Kerja (AK1)");
        html.ShouldContain("Hendra Saputra");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_clear_message()
    {
        var client = NewClient();
        var response = await SignInAsync(client, "jfu", "salah-sekali-123");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(StaffSignIn.Refused);
        (await client.GetAsync("/katalog")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_definition_admin_page_is_for_administrators_only()
    {
        // Refused by the server at the endpoint, not by hiding a link.
        var officer = NewClient();
        await SignInAsync(officer, "kabid", DemoStaff.Password);
        var refused = await officer.GetAsync("/admin/definisi");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldStartWith("http://localhost/ditolak");

        var admin = NewClient();
        await SignInAsync(admin, "admin", DemoStaff.Password);
        (await (await admin.GetAsync("/admin/definisi")).Content.ReadAsStringAsync()).ShouldContain("Semua berkas definisi valid");
    }

    [Fact]
    public async Task Signing_out_needs_the_antiforgery_token()
    {
        var client = NewClient();
        await SignInAsync(client, "sekretaris", DemoStaff.Password);
        (await client.PostAsync("/keluar", new FormUrlEncodedContent([]))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/katalog")).StatusCode.ShouldBe(HttpStatusCode.OK, "a forged sign-out must not end the session");
    }

    [Fact]
    public async Task Unknown_name_wrong_password_deactivated_and_locked_accounts_get_the_same_answer()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var staf = (await users.FindByNameAsync("staf"))!;
            staf.IsActive = false;
            (await users.UpdateAsync(staf)).Succeeded.ShouldBeTrue();
            (await users.SetLockoutEndDateAsync((await users.FindByNameAsync("panitia"))!, DateTimeOffset.UtcNow.AddHours(1))).Succeeded.ShouldBeTrue();
        }
        var attempts = new[] { ("tidak-ada-orangnya", DemoStaff.Password), ("jfu", "bukan-kata-sandinya"), ("staf", DemoStaff.Password), ("panitia", DemoStaff.Password) };
        foreach (var (userName, password) in attempts)
        {
            var client = NewClient();
            var response = await SignInAsync(client, userName, password);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, userName);
            var html = await response.Content.ReadAsStringAsync();
            html.ShouldContain(StaffSignIn.Refused);
            html.ShouldNotContain("nonaktif");
            html.ShouldNotContain("terkunci");
            (await client.GetAsync("/katalog")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        // The journal keeps the true reason for the administrator.
        await using var check = app.Services.CreateAsyncScope();
        var details = await check.ServiceProvider.GetRequiredService<SopDeskDbContext>().Journal.Where(j => j.Action == "SignInFailed")
            .Select(j => j.Detail).ToListAsync();
        details.ShouldContain("Masuk ditolak: nama pengguna tidak dikenal: tidak-ada-orangnya");
        details.ShouldContain("Masuk ditolak: kata sandi salah");
        details.ShouldContain("Masuk ditolak: akun nonaktif");
        details.ShouldContain("Masuk ditolak: akun terkunci");
    }

    [Fact]
    public async Task Sign_in_and_failed_sign_in_are_journaled()
    {
        await SignInAsync(NewClient(), "pengadministrasi", "bukan-kata-sandinya");
        await SignInAsync(NewClient(), "pengadministrasi", DemoStaff.Password);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDeskDbContext>();
        var lines = await db.Journal.Where(j => j.Action == "SignIn" || j.Action == "SignInFailed")
            .Where(j => j.ActorName == "pengadministrasi" || j.ActorName == "Siti Aminah").OrderBy(j => j.Id).ToListAsync();
        lines.Select(j => j.Action).ShouldBe(["SignInFailed", "SignIn"]);
    }
}
