using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;

namespace SopDesk.Bench;

/// <summary>
/// The real app on Kestrel (a loopback port, demo data on a temp SQLite file, every EF command counted) in this process,
/// so a browser can open real Blazor circuits while the bench reads the managed heap.
/// </summary>
internal sealed class CircuitsBrowserApp : WebApplicationFactory<SopDesk.Web.Layanan.Applications.OnlineApplications>
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"sopdesk-circuits-{Guid.NewGuid():N}.db");

    public CommandCounter Commands { get; } = new();
    public string BaseUrl { get; private set; } = "";

    public void Start()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development serves the static web assets (MudBlazor, blazor.web.js) from the build output.
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:SopDesk", $"Data Source={_database}");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Sla:Watch", "false");
        builder.UseSetting("Retention:Watch", "false");
        builder.UseSetting("Registers:ExportFolder", Path.ChangeExtension(_database, ".exports"));
        builder.UseSetting("Uploads:Path", Path.ChangeExtension(_database, ".uploads"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services => services.ConfigureDbContext<SopDeskDbContext>(o => o.AddInterceptors(Commands)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(_database + suffix)) File.Delete(_database + suffix);
        foreach (var folder in new[] { ".exports", ".uploads" })
            if (Directory.Exists(Path.ChangeExtension(_database, folder))) Directory.Delete(Path.ChangeExtension(_database, folder), recursive: true);
    }
}
