using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// The real app on Kestrel (a free port, a temp SQLite file, demo staff) and Debian's chromium driven by
/// Playwright. test.sh installs chromium when missing; we never download a browser.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"sopdesk-e2e-{Guid.NewGuid():N}.db");
    private AppOnKestrel? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>The app's services, for a test that needs to find demo data (e.g. a signed AK1) before it browses.</summary>
    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
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
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(_database + suffix)) File.Delete(_database + suffix);
        if (Directory.Exists(Path.ChangeExtension(_database, ".exports"))) Directory.Delete(Path.ChangeExtension(_database, ".exports"), recursive: true);
        if (Directory.Exists(Path.ChangeExtension(_database, ".uploads"))) Directory.Delete(Path.ChangeExtension(_database, ".uploads"), recursive: true);
    }

    private sealed class AppOnKestrel(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Development serves the static web assets (MudBlazor, blazor.web.js) from the build output.
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:SopDesk", $"Data Source={databasePath}");
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("Uploads:Path", Path.ChangeExtension(databasePath, ".uploads"));
        }
    }
}
