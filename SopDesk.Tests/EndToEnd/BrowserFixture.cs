using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// The real app on Kestrel (a free port, a temp database — SQLite, or PostgreSQL in test.sh's PostgreSQL run — and demo
/// staff) and Debian's chromium driven by Playwright. test.sh installs chromium when missing; we never download a browser.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private AppDatabase? _database;
    private AppOnKestrel? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>The app's services, for a test that needs to find demo data (e.g. a signed AK1) before it browses.</summary>
    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        _database = await AppDatabase.CreateAsync("sopdesk-e2e");
        _app = new AppOnKestrel(_database);
        _app.UseKestrel(0);
        _app.StartServer();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    private sealed class AppOnKestrel(AppDatabase database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Development serves the static web assets (MudBlazor, blazor.web.js) from the build output.
            builder.UseEnvironment("Development");
            foreach (var (key, value) in database.Settings) builder.UseSetting(key, value);
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("Uploads:Path", database.Uploads);
        }
    }
}
