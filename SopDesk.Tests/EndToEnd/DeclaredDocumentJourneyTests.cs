using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SopDesk.Tests.Web.Documents;
using SopDesk.Web.Features.Demo;
using static SopDesk.Tests.Web.Documents.DeclaredDocumentTestBed;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// The tests' "surat-uji" SOP on Kestrel with Debian's chromium: the desk prints the letter its file declares, at a desk
/// screen and a phone's, and a signed-out phone checks it. Screenshots land in the temp folder for a person to look at.
/// </summary>
public sealed class DeclaredDocumentJourneyTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"sopdesk-e2e-declared-{Guid.NewGuid():N}.db");
    private readonly Folder _folder = new();
    private AppOnKestrel? _app;
    private IPlaywright? _playwright;
    private IBrowser _browser = default!;
    private string _baseUrl = "";

    private static string Shot(string name) => Path.Combine(Path.GetTempPath(), $"sopdesk-{name}.png");

    public async Task InitializeAsync()
    {
        _app = new AppOnKestrel(_database, _folder.Path);
        _app.UseKestrel(0);
        _app.StartServer();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _baseUrl = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(_database + suffix)) File.Delete(_database + suffix);
        if (Directory.Exists(Path.ChangeExtension(_database, ".exports"))) Directory.Delete(Path.ChangeExtension(_database, ".exports"), recursive: true);
        _folder.Dispose();
    }

    [Fact]
    public async Task The_desk_prints_the_declared_letter_at_desk_and_phone_width_and_a_signed_out_phone_verifies_it()
    {
        var caseId = await RunAsync(_app!, through: "tandatangan");
        var entry = await LineAsync(_app!, caseId);

        foreach (var (width, height) in new[] { (1366, 768), (390, 844) })
        {
            await using var context = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
            var page = await context.NewPageAsync();
            await page.GotoAsync($"{_baseUrl}/masuk");
            await page.FillAsync("#username", "petugas-penerima");
            await page.FillAsync("#password", DemoStaff.Password);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForURLAsync($"{_baseUrl}/");

            await page.GotoAsync($"{_baseUrl}/berkas/{caseId}/dokumen/{DocumentId}");
            await page.Locator("[data-testid=declared-letter]").WaitForAsync();
            (await page.Locator("[data-testid=document-title]").InnerTextAsync()).ShouldBe(Title.ToUpperInvariant(), "printed in capitals");
            (await page.Locator("[data-testid=document-number]").InnerTextAsync()).ShouldBe(entry.Number);
            (await page.Locator("[data-testid=verification-qr] img").EvaluateAsync<int>("img => img.naturalWidth")).ShouldBeGreaterThan(0);
            await page.ScreenshotAsync(new() { Path = Shot($"tanda-daftar-uji-{width}"), FullPage = true });
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            (await page.Locator("[data-testid=print]").IsVisibleAsync()).ShouldBeFalse("the toolbar does not print");
            await page.ScreenshotAsync(new() { Path = Shot($"tanda-daftar-uji-{width}-cetak"), FullPage = true });
        }

        await using var phone = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var check = await phone.NewPageAsync();
        await check.GotoAsync($"{_baseUrl}/verifikasi/{entry.VerificationToken}");
        (await check.Locator("[data-testid=verdict]").InnerTextAsync()).ShouldBe("SAH / BERLAKU");
        (await check.Locator("[data-testid=document-name]").InnerTextAsync()).ShouldBe(Title);
        await check.ScreenshotAsync(new() { Path = Shot("tanda-daftar-uji-verifikasi"), FullPage = true });
    }

    private sealed class AppOnKestrel(string databasePath, string workflows) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development"); // serves the static web assets (documents.css) from the build output
            builder.UseSetting("ConnectionStrings:SopDesk", $"Data Source={databasePath}");
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("Workflows:Path", workflows);
        }
    }
}
