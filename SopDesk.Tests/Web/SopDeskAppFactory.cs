using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SopDesk.Tests.Web;

/// <summary>
/// The real app on a temp SQLite file, migrated and seeded with the demo staff and berkas. The SLA watcher's loop is
/// off unless asked for (tests run its sweep themselves); a test may give the app a fake clock, and may start a second
/// app on the same file (<see cref="SharedDatabasePath"/>) to play a restart.
/// </summary>
public sealed class SopDeskAppFactory : WebApplicationFactory<Program>
{
    private readonly string _tempPath = Path.Combine(Path.GetTempPath(), $"sopdesk-web-{Guid.NewGuid():N}.db");
    /// <summary>This app's own upload folder (never the project's App_Data), deleted on dispose.</summary>
    public string UploadFolder { get; } = Path.Combine(Path.GetTempPath(), $"sopdesk-uploads-{Guid.NewGuid():N}");

    public TimeProvider? Clock { get; init; }
    /// <summary>Runs the SLA watcher's loop (every 200 ms) as the app does.</summary>
    public bool Watch { get; init; }
    /// <summary>A database file the test owns (kept on dispose); by default a temp file deleted on dispose.</summary>
    public string? SharedDatabasePath { get; init; }

    /// <summary>More configuration for this app (e.g. a lower rate limit), set after the test defaults.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    private string DatabaseFile => SharedDatabasePath ?? _tempPath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:SopDesk", $"Data Source={DatabaseFile}");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Uploads:Path", UploadFolder);
        builder.UseSetting("Sla:Watch", Watch ? "true" : "false");
        builder.UseSetting("Retention:Watch", "false"); // tests run the retention sweep themselves
        // The public forms' abuse controls are tested on their own (they set these back); other tests post at once and often.
        builder.UseSetting("Layanan:MinFillSeconds", "0");
        builder.UseSetting("Layanan:FormsPerMinute", "100000");
        if (Watch) builder.UseSetting("Sla:SweepInterval", "00:00:00.200");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (Clock is { } clock) builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(clock)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (SharedDatabasePath is null) DeleteDatabase(_tempPath);
        if (Directory.Exists(UploadFolder)) Directory.Delete(UploadFolder, recursive: true);
    }

    public static void DeleteDatabase(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(path + suffix)) File.Delete(path + suffix);
    }
}
