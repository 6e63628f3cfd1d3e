using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Sla;
using SopDesk.Web.Layanan.Accounts;

namespace SopDesk.Tests.Web.Complaints;

/// <summary>
/// The real app on a temp database with a fake clock (Monday 16 November 2026 09.00 WIB), an operator-layanan officer, and helpers
/// to post the public complaint form as a browser does and to answer a complaint at the desk.
/// </summary>
public sealed class ComplaintBed : IAsyncDisposable
{
    public const string Officer = "operator-uji", OfficerName = "Ratna Operator Uji";
    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public FakeTimeProvider Clock { get; } = new(At(16, 9, 0));
    public SopDeskAppFactory App { get; }

    private ComplaintBed() => App = new SopDeskAppFactory { Clock = Clock };

    public static async Task<ComplaintBed> CreateAsync()
    {
        var bed = new ComplaintBed();
        using var scope = bed.App.Services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync("operator-layanan")) (await roles.CreateAsync(new IdentityRole("operator-layanan"))).Succeeded.ShouldBeTrue();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = Officer, FullName = OfficerName, Nip = "199001012020121001", Jabatan = "Operator Layanan", IsActive = true };
        user.PasswordHash = users.PasswordHasher.HashPassword(user, "Uji-Operator-Layanan-2026!");
        var created = await users.CreateAsync(user);
        created.Succeeded.ShouldBeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
        (await users.AddToRoleAsync(user, "operator-layanan")).Succeeded.ShouldBeTrue();
        return bed;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();

    public static DateTimeOffset At(int day, int hour, int minute = 0, int month = 11) => new(2026, month, day, hour, minute, 0, Wib);

    public HttpClient Client() => SignInForm.NewClient(App);

    public static Dictionary<string, string> Valid(string name = "Budi Santoso", string email = "budi@contoh.id") => new()
    {
        ["namaPelapor"] = name, ["emailPelapor"] = email, ["teleponPelapor"] = "0812 3456 7890", ["kategori"] = "Pelayanan lambat",
        ["layananTerkait"] = "Kartu Pencari Kerja (AK1)", ["isiPengaduan"] = "Berkas AK1 saya belum diproses sejak minggu lalu.",
    };

    /// <summary>The form as rendered for this client: its antiforgery token, FormGuard stamp and submission key.</summary>
    public static async Task<Dictionary<string, string>> FormAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/layanan/pengaduan");
        return new Dictionary<string, string>
        {
            ["_handler"] = "pengaduan",
            ["__RequestVerificationToken"] = Hidden(html, "__RequestVerificationToken"),
            ["layanan_dibuka"] = Hidden(html, "layanan_dibuka"),
            ["kirimanKe"] = Hidden(html, "kirimanKe"),
            ["kontak_tambahan"] = "",
        };
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, string> form, IDictionary<string, string> values) =>
        await client.PostAsync("/layanan/pengaduan", new FormUrlEncodedContent(form.Concat(values).ToDictionary()));

    /// <summary>Submits a valid complaint anonymously; its status token.</summary>
    public async Task<string> SubmitAsync(HttpClient? client = null, Dictionary<string, string>? values = null)
    {
        client ??= Client();
        var response = await PostAsync(client, await FormAsync(client), values ?? Valid());
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return TokenOf(response);
    }

    public static string TokenOf(HttpResponseMessage response) =>
        response.Headers.Location!.ToString().Split("/layanan/pengaduan/")[1];

    /// <summary>A client carrying a valid public-side cookie for <paramref name="account"/> (as H1's sign-in would issue it).</summary>
    public HttpClient SignedIn(PublicAccountRecord account)
    {
        var options = App.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(LayananAuth.Scheme);
        var identity = new ClaimsIdentity([new Claim(LayananAuth.AccountIdClaim, account.Id.ToString()), new Claim(LayananAuth.StampClaim, account.SecurityStamp)],
            LayananAuth.Scheme);
        var cookie = options.TicketDataFormat.Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), LayananAuth.Scheme));
        var client = Client();
        client.DefaultRequestHeaders.Add("Cookie", $"{LayananAuth.CookieName}={cookie}");
        return client;
    }

    public async Task<PublicAccountRecord> AccountAsync(string name = "Sari Pencari Kerja", string email = "sari@contoh.id")
    {
        var account = new PublicAccountRecord
        {
            Id = Guid.NewGuid(), Kind = PublicAccountKind.PencariKerja, Name = name, Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmedAt = Clock.GetUtcNow(), PasswordHash = "x", SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAt = Clock.GetUtcNow(),
        };
        await using var db = await DbAsync();
        db.PublicAccounts.Add(account);
        await db.SaveChangesAsync();
        return account;
    }

    public async Task<OnlineCaseRecord> OnlineAsync(string token)
    {
        await using var db = await DbAsync();
        return await db.OnlineCases.AsNoTracking().SingleAsync(o => o.StatusToken == token);
    }

    /// <summary>The officer completes the complaint's open step (tanggapan, tindak lanjut) at <paramref name="at"/>.</summary>
    public async Task ActAsync(Guid caseId, DateTimeOffset at, string? outcome, Dictionary<string, string> values)
    {
        Clock.SetUtcNow(at);
        await using var db = await DbAsync();
        var item = await db.WorkItems.AsNoTracking().SingleAsync(w => w.CaseId == caseId && w.Status == WorkItemStatus.Open);
        using var scope = App.Services.CreateScope();
        var done = await scope.ServiceProvider.GetRequiredService<CaseService>().CompleteAsync(caseId, item.Id, outcome, values,
            outcome == "tidak-dapat-diselesaikan" ? "Di luar kewenangan dinas" : null, await SignInForm.PrincipalAsync(App.Services, Officer));
        done.Ok.ShouldBeTrue(done.Message);
    }

    public async Task SweepAtAsync(DateTimeOffset at)
    {
        Clock.SetUtcNow(at);
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SlaSweep>().RunAsync();
    }

    public async Task<SopDeskDbContext> DbAsync() => await App.Services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();

    private static string Hidden(string html, string name)
    {
        var value = Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value;
        value.ShouldNotBeNullOrEmpty(name);
        return WebUtility.HtmlDecode(value);
    }
}
