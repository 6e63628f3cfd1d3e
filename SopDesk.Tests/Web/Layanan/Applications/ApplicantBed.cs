using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Layanan.Accounts;

namespace SopDesk.Tests.Web.Layanan.Applications;

/// <summary>
/// Public accounts written straight into the app's database and signed in with the public scheme's own cookie (the same
/// ticket the sign-in page issues), and the application form posted as a browser would: multipart, antiforgery, guard fields.
/// </summary>
public static partial class ApplicantBed
{
    /// <summary>A valid NIK of a man born 12 March 1995 with serial <paramref name="serial"/> (1…9999).</summary>
    public static string Nik(int serial) => $"167201120395{serial:0000}";
    public const string BirthDate = "1995-03-12";

    public static async Task<PublicAccountRecord> CreateAccountAsync(IServiceProvider services, int serial,
        PublicAccountKind kind = PublicAccountKind.PencariKerja, bool confirmed = true)
    {
        var account = new PublicAccountRecord
        {
            Id = Guid.NewGuid(), Kind = kind, Name = $"Pemohon Uji {serial}", Nik = Nik(serial), BirthDate = DateOnly.Parse(BirthDate),
            Email = $"pemohon{serial}@contoh.id", NormalizedEmail = $"PEMOHON{serial}@CONTOH.ID",
            EmailConfirmedAt = confirmed ? DateTimeOffset.UtcNow : null, PasswordHash = "-", SecurityStamp = Guid.NewGuid().ToString("N"),
            ConsentAt = DateTimeOffset.UtcNow, ConsentVersion = "1", CreatedAt = DateTimeOffset.UtcNow,
        };
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();
        db.PublicAccounts.Add(account);
        await db.SaveChangesAsync();
        return account;
    }

    /// <summary>The value of the public sign-in cookie for <paramref name="account"/>.</summary>
    public static string CookieValue(IServiceProvider services, PublicAccountRecord account)
    {
        var options = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(LayananAuth.Scheme);
        var identity = new ClaimsIdentity([new Claim(LayananAuth.AccountIdClaim, account.Id.ToString()), new Claim(LayananAuth.StampClaim, account.SecurityStamp)],
            LayananAuth.Scheme);
        return options.TicketDataFormat.Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), LayananAuth.Scheme));
    }

    /// <summary>A client with its own cookie jar, signed in as <paramref name="account"/> (or anonymous), redirects not followed.</summary>
    public static HttpClient Client(WebApplicationFactory<Program> app, PublicAccountRecord? account = null)
    {
        var jar = new CookieContainer();
        if (account is not null)
            jar.Add(new Uri("http://localhost/layanan"), new Cookie(LayananAuth.CookieName, CookieValue(app.Services, account), "/layanan"));
        return app.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(jar));
    }

    /// <summary>
    /// The upload form's hidden fields (antiforgery, guard, submission id), read from the page as a browser would keep them —
    /// only that form's: the layout's sign-out form has an antiforgery field of its own.
    /// </summary>
    public static Dictionary<string, string> HiddenFields(string html)
    {
        // A page without the upload form (refused) still gives the first of each field, for a post made up without the form.
        var start = html.IndexOf("enctype=\"multipart/form-data\"", StringComparison.Ordinal);
        var form = start < 0 ? html : html[start..];
        if (start >= 0) form = form[..form.IndexOf("</form>", StringComparison.Ordinal)];
        return Hidden().Matches(form).GroupBy(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups[2].Value));
    }

    public static Dictionary<string, string> Ak1Values(int serial) => new()
    {
        ["nama"] = $"Pemohon Uji {serial}", ["tempatLahir"] = "Pagar Alam", ["tanggalLahir"] = BirthDate, ["jenisKelamin"] = "Laki-laki",
        ["pendidikan"] = "SMA/SMK", ["alamat"] = "Jl. Merdeka No. 1, Pagar Alam",
    };

    public static Dictionary<string, byte[]> Ak1Files() => new()
    {
        ["ktp"] = SampleDocuments.Jpeg(40, 3), ["ijazah"] = SampleDocuments.Pdf(40, 4), ["pas-foto"] = SampleDocuments.Jpeg(60, 5),
    };

    /// <summary>Posts the form at <paramref name="path"/> with <paramref name="hidden"/> fields as read from its page.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string handler, Dictionary<string, string> hidden,
        IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, byte[]> files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in hidden) content.Add(new StringContent(value), name);
        if (!hidden.ContainsKey("_handler")) content.Add(new StringContent(handler), "_handler");
        foreach (var (id, value) in values) content.Add(new StringContent(value), "f_" + id);
        foreach (var (id, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            var pdf = bytes.AsSpan().StartsWith("%PDF"u8);
            file.Headers.ContentType = new(pdf ? "application/pdf" : "image/jpeg");
            content.Add(file, "u_" + id, id + (pdf ? ".pdf" : ".jpg"));
        }
        return client.PostAsync(path, content);
    }

    /// <summary>GETs the form, then posts it: the common case of one visit.</summary>
    public static async Task<(HttpResponseMessage Response, Dictionary<string, string> Hidden)> ApplyAsync(HttpClient client, string sopId,
        IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, byte[]> files)
    {
        var get = await client.GetAsync($"/layanan/ajukan/{sopId}");
        get.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {get.Headers.Location}");
        var page = await get.Content.ReadAsStringAsync();
        var hidden = HiddenFields(page);
        return (await PostAsync(client, $"/layanan/ajukan/{sopId}", "ajukan", hidden, values, files), hidden);
    }

    public static async Task<OnlineCaseRecord> OnlineCaseAsync(IServiceProvider services, string statusToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();
        return await db.OnlineCases.AsNoTracking().SingleAsync(o => o.StatusToken == statusToken);
    }

    /// <summary>The status token a receipt redirect points to.</summary>
    public static string TokenOf(HttpResponseMessage redirect)
    {
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect, redirect.Content.ReadAsStringAsync().Result[..Math.Min(3000, (int)(redirect.Content.Headers.ContentLength ?? 3000))]);
        return redirect.Headers.Location!.OriginalString.Split('/').Last();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex Hidden();
}
