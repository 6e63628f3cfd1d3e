using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Layanan.Accounts;

namespace SopDesk.Bench;

/// <summary>
/// The real app on Kestrel (a free port, a temp SQLite file): N confirmed pencari-kerja accounts, each signed in (not timed),
/// then all of them at once GET the AK1 form and POST it with a 300 KB photo and a 500 KB PDF over plain HttpClients.
/// Same run: the status page's p95 and that of the trivial endpoint of the same host, /health (the baseline).
/// </summary>
public static partial class PortalBenchmark
{
    public static async Task RunAsync(bool quick)
    {
        var applicants = quick ? 100 : 200;
        var database = Path.Combine(Path.GetTempPath(), $"sopdesk-portal-{Guid.NewGuid():N}.db");
        var uploads = Path.Combine(Path.GetTempPath(), $"sopdesk-portal-uploads-{Guid.NewGuid():N}");
        await using var app = new PortalApp(database, uploads);
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine($"app on {address}, {applicants} applicants");

        var photo = SampleDocuments.Jpeg(300, 7);
        var pdf = SampleDocuments.Pdf(500, 8);
        Console.WriteLine($"photo {photo.Length / 1024} KB, pdf {pdf.Length / 1024} KB");
        Console.WriteLine($"inspection alone (ms per file, one thread): photo {InspectMs(photo, photo: true):0.0}, pdf {InspectMs(pdf, photo: false):0.0}");
        var clients = new List<(HttpClient Client, int Serial)>();
        for (var i = 1; i <= applicants; i++)
            clients.Add((await SignedInClientAsync(app.Services, address, i), i));

        // Warm-up: one application, not counted.
        await ApplyAsync(clients[0].Client, clients[0].Serial, photo, pdf);
        var submits = new ConcurrentBag<double>();
        var failures = 0;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(clients.Skip(1).Select(async c =>
        {
            var (ok, ms) = await ApplyAsync(c.Client, c.Serial, photo, pdf);
            if (ok) submits.Add(ms); else Interlocked.Increment(ref failures);
        }));
        wall.Stop();

        var token = await FirstTokenAsync(app.Services);
        var status = await TimeManyAsync(clients.Select(c => c.Client).ToList(), $"/layanan/status/{token}", 400);
        var baseline = await TimeManyAsync(clients.Select(c => c.Client).ToList(), SopDesk.Web.Layanan.Shell.ServedSides.HealthPath, 400);

        var perSecond = submits.Count / wall.Elapsed.TotalSeconds;
        Console.WriteLine($"{submits.Count} submitted, {failures} failed, in {wall.Elapsed.TotalSeconds:0.00} s");
        Console.WriteLine($"portal_submit_per_s={perSecond:0.0} portal_submit_p95_ms={P95(submits):0} status_p95_ms={P95(status):0.0} baseline_p95_ms={P95(baseline):0.0}");
        foreach (var (client, _) in clients) client.Dispose();
        if (Directory.Exists(uploads)) Directory.Delete(uploads, true);
    }

    private static async Task<HttpClient> SignedInClientAsync(IServiceProvider services, string address, int serial)
    {
        var account = new PublicAccountRecord
        {
            Id = Guid.NewGuid(), Kind = PublicAccountKind.PencariKerja, Name = $"Pemohon Bench {serial}", Nik = $"167201120395{serial:0000}",
            BirthDate = new DateOnly(1995, 3, 12), Email = $"bench{serial}@contoh.id", NormalizedEmail = $"BENCH{serial}@CONTOH.ID",
            EmailConfirmedAt = DateTimeOffset.UtcNow, PasswordHash = "-", SecurityStamp = Guid.NewGuid().ToString("N"),
            ConsentAt = DateTimeOffset.UtcNow, ConsentVersion = "1", CreatedAt = DateTimeOffset.UtcNow,
        };
        await using (var db = await services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync())
        {
            db.PublicAccounts.Add(account);
            await db.SaveChangesAsync();
        }
        // Signed in with the public scheme's own ticket, as the sign-in page issues it (sign-in is not what is measured).
        var options = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(LayananAuth.Scheme);
        var identity = new ClaimsIdentity([new Claim(LayananAuth.AccountIdClaim, account.Id.ToString()), new Claim(LayananAuth.StampClaim, account.SecurityStamp)], LayananAuth.Scheme);
        var jar = new CookieContainer();
        jar.Add(new Uri(address + "/layanan"), new Cookie(LayananAuth.CookieName,
            options.TicketDataFormat.Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), LayananAuth.Scheme)), "/layanan"));
        return new HttpClient(new SocketsHttpHandler { CookieContainer = jar, AllowAutoRedirect = false, MaxConnectionsPerServer = 4 })
        { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
    }

    private static async Task<(bool Ok, double Ms)> ApplyAsync(HttpClient client, int serial, byte[] photo, byte[] pdf)
    {
        var page = await client.GetStringAsync("/layanan/ajukan/ak1");
        // Only the application form's hidden fields: the layout's sign-out form has its own.
        page = page[page.IndexOf("enctype=\"multipart/form-data\"", StringComparison.Ordinal)..];
        page = page[..page.IndexOf("</form>", StringComparison.Ordinal)];
        var content = new MultipartFormDataContent();
        foreach (Match m in Hidden().Matches(page)) content.Add(new StringContent(WebUtility.HtmlDecode(m.Groups[2].Value)), m.Groups[1].Value);
        foreach (var (id, value) in new Dictionary<string, string>
                 {
                     ["nama"] = $"Pemohon Bench {serial}", ["tempatLahir"] = "Pagar Alam", ["tanggalLahir"] = "1995-03-12",
                     ["jenisKelamin"] = "Laki-laki", ["pendidikan"] = "SMA/SMK", ["alamat"] = "Jl. Merdeka 1, Pagar Alam",
                 })
            content.Add(new StringContent(value), "f_" + id);
        content.Add(File(photo, "image/jpeg"), "u_pas-foto", "foto.jpg");
        content.Add(File(pdf, "application/pdf"), "u_ktp", "ktp.pdf");
        content.Add(File(pdf, "application/pdf"), "u_ijazah", "ijazah.pdf");
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync("/layanan/ajukan/ak1", content);
        watch.Stop();
        var ok = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/tanda-terima/");
        if (!ok) Console.Error.WriteLine($"applicant {serial}: {(int)response.StatusCode}");
        return (ok, watch.Elapsed.TotalMilliseconds);
    }

    /// <summary>What the upload check costs per file, apart from HTTP and the database: where the submission's CPU goes.</summary>
    private static double InspectMs(byte[] bytes, bool photo)
    {
        var declared = new SopDesk.Workflows.Definitions.UploadDefinition { Id = "x", Label = "x", Photo = photo };
        SopDesk.Web.Features.Uploads.UploadService.Inspect(declared, "x", bytes);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++) SopDesk.Web.Features.Uploads.UploadService.Inspect(declared, "x", bytes);
        return watch.Elapsed.TotalMilliseconds / 20;
    }

    private static ByteArrayContent File(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new(type);
        return content;
    }

    private static async Task<string> FirstTokenAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();
        return await db.OnlineCases.Select(o => o.StatusToken).FirstAsync();
    }

    /// <summary><paramref name="total"/> GETs of <paramref name="path"/>, spread over the clients 50 at a time.</summary>
    private static async Task<List<double>> TimeManyAsync(List<HttpClient> clients, string path, int total)
    {
        var times = new ConcurrentBag<double>();
        await Parallel.ForEachAsync(Enumerable.Range(0, total), new ParallelOptions { MaxDegreeOfParallelism = 50 }, async (i, ct) =>
        {
            var watch = Stopwatch.StartNew();
            using var response = await clients[i % clients.Count].GetAsync(path, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            watch.Stop();
            if (response.StatusCode != HttpStatusCode.OK) Console.Error.WriteLine($"{path}: {(int)response.StatusCode}");
            times.Add(watch.Elapsed.TotalMilliseconds);
        });
        return [.. times];
    }

    private static double P95(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[(int)Math.Ceiling(sorted.Count * 0.95) - 1];
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex Hidden();

    /// <summary>The real app (Program) with a temp database, no demo berkas, the public form limits opened for load.</summary>
    private sealed class PortalApp(string database, string uploads) : WebApplicationFactory<SopDesk.Web.Layanan.Applications.OnlineApplications> // any type of the web assembly: its entry point is used
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing"); // plain HTTP on a local port (Production insists on HTTPS cookies)
            builder.UseSetting("ConnectionStrings:SopDesk", $"Data Source={database}");
            builder.UseSetting("Demo:Seed", "false");
            builder.UseSetting("Uploads:Path", uploads);
            builder.UseSetting("Sla:Watch", "false");
            builder.UseSetting("Retention:Watch", "false");
            builder.UseSetting("Layanan:MinFillSeconds", "0");
            builder.UseSetting("Layanan:FormsPerMinute", "1000000");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                if (System.IO.File.Exists(database + suffix)) System.IO.File.Delete(database + suffix);
        }
    }
}
