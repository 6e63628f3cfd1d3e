using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using SopDesk.Tests.Web.Mail;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// The real app on Kestrel for the public side's journeys, as <see cref="BrowserFixture"/> (a temp database, demo data, Debian's
/// chromium) plus what a citizen's journey needs: mail sent to a local SMTP sink with links to this app, a temp upload folder,
/// no minimum fill time and a form rate limit a fast test never reaches.
/// </summary>
public sealed class PortalBrowserFixture : IAsyncLifetime
{
    private AppDatabase? _database;
    private AppOnKestrel? _app;
    private IPlaywright? _playwright;

    public SmtpSink Mail { get; } = SmtpSink.Start();
    public IBrowser Browser { get; private set; } = default!;
    public string BaseUrl { get; private set; } = "";
    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        // The port is chosen before the start: mails carry links to the app (Mail:PublicBaseUrl).
        var port = SmtpSink.FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _database = await AppDatabase.CreateAsync("sopdesk-portal");
        var settings = new Dictionary<string, string>(Mail.AppSettings(pollInterval: "00:00:00.200", publicBaseUrl: BaseUrl).Concat(_database.Settings))
        {
            ["Demo:Seed"] = "true",
            ["Uploads:Path"] = _database.Uploads,
            ["Layanan:MinFillSeconds"] = "0",
            ["Layanan:FormsPerMinute"] = "1000",
        };
        _app = new AppOnKestrel(settings);
        _app.UseKestrel(port);
        _app.StartServer();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    /// <summary>A phone's browser (390×844, touch, a mobile user agent) with no cookies.</summary>
    public async Task<IPage> NewPhoneAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
            UserAgent = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36",
            Locale = "id-ID",
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        Mail.Dispose();
        if (_database is not null) await _database.DisposeAsync();
    }

    private sealed class AppOnKestrel(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Development serves the static web assets (MudBlazor, blazor.web.js) from the build output.
            builder.UseEnvironment("Development");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        }
    }
}
