using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SopDesk.Data;
using SopDesk.Data.Dashboards;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Calendar;

namespace SopDesk.Web;

/// <summary>
/// What runs once before the app serves: migrations (only when one is pending), SOP definitions (from the stored versions
/// when the files are unchanged; fully checked after the start), holidays, demo data. Decision 033.
/// </summary>
public static class Startup
{
    public const string DemoSeedInProduction =
        "Demo:Seed=true is refused in Production: the demo accounts use the published password. Remove Demo__Seed, or run with ASPNETCORE_ENVIRONMENT=Development for a demo.";

    public static async Task PrepareAsync(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment)
    {
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("SopDesk.Startup");
        var time = services.GetRequiredService<OfficeTime>();
        var phases = new StartupPhases(log);
        phases.SinceProcessStart("host built");
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => phases.SinceProcessStart("listening"));
        // EF's first context (its services and the model: most of the work before listening) is built while the
        // migrations are checked with one plain read, which needs neither (decision 037).
        var model = Task.Run(async () =>
        {
            await using var scope = services.CreateAsyncScope();
            _ = scope.ServiceProvider.GetRequiredService<SopDeskDbContext>().Model;
        });
        var relational = RelationalOptionsExtension.Extract(services.GetRequiredService<DbContextOptions<SopDeskDbContext>>());
        var connectionString = relational.ConnectionString ?? relational.Connection!.ConnectionString;
        // A server database is asked through EF once the model is built: several nodes may start at once, and its
        // migration lock, not a file check, decides who migrates.
        var pending = services.GetService<DatabaseSettings>()?.Provider is DatabaseProvider.Postgres
            ? await ServerPendingAsync(model, services)
            : await StartupMigrations.HasPendingAsync(connectionString);
        await model;
        if (pending)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SopDeskDbContext>().MigrateAsync();
            log.LogInformation("Applied the pending database migrations");
        }
        phases.Done("migrations");

        // On an existing database these three only read (decision 037): they run side by side, each on its own context.
        // A new database gets its rows written one phase after the other, as before.
        var folder = configuration["Workflows:Path"] ?? Path.Combine(AppContext.BaseDirectory, "workflows");
        Func<Task>[] prepare =
        [
            () => phases.TimeAsync("rollup and holidays", () => RollupAndHolidaysAsync(services, time, log)),
            () => phases.TimeAsync("office profile", () => services.GetRequiredService<Features.Office.OfficeProfileService>().LoadAsync(configuration)),
            () => phases.TimeAsync("definitions", () => DefinitionsAsync(services, folder, time, log)),
        ];
        if (pending) foreach (var step in prepare) await step();
        else await Task.WhenAll(prepare.Select(step => Task.Run(step)));
        phases.Done("rollup, holidays, office profile and definitions");

        if (configuration.GetValue<bool>("Demo:Seed"))
        {
            // The demo accounts share the password printed in README: never on a production database.
            if (environment.IsProduction())
                throw new InvalidOperationException(DemoSeedInProduction);
            await DemoData.SeedAsync(services, log);
            phases.Done("demo data");
        }
        await FirstAdministrator.EnsureAsync(services, configuration, log);
        phases.Done("first administrator");
    }

    private static async Task<bool> ServerPendingAsync(Task model, IServiceProvider services)
    {
        await model;
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<SopDeskDbContext>().Database.GetPendingMigrationsAsync()).Any();
    }

    private static async Task RollupAndHolidaysAsync(IServiceProvider services, OfficeTime time, ILogger log)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDeskDbContext>();
        if (await StepTimeRollup.EnsureBuiltAsync(db, time.Calendar.Zone))
            log.LogInformation("Built the time-per-step rollup from the finished steps already stored");
        await SeedHolidaysAsync(db, log);
        time.UseHolidays(await HolidayMapping.LoadAsync(db));
    }

    private static async Task DefinitionsAsync(IServiceProvider services, string folder, OfficeTime time, ILogger log)
    {
        var catalog = services.GetRequiredService<DefinitionCatalog>();
        // Files unchanged since stored: served from the stored versions now, fully checked again once the app listens.
        if (await catalog.TryLoadUnchangedAsync(folder))
            CheckDefinitionsAfterStart(services, catalog, folder, time, log, services.GetRequiredService<IConfiguration>().GetValue("Workflows:FullCheckDelay", FullCheckDelay));
        else await catalog.LoadAsync(folder, time.Now);
    }

    /// <summary>How long after the app listens the full check of unchanged files starts: the first pages (sign-in, the inbox)
    /// are served first instead of sharing the processor with the schema checks (decision 041).</summary>
    public static readonly TimeSpan FullCheckDelay = TimeSpan.FromSeconds(10);

    /// <summary>The loader's full checks of the unchanged files, in the background once the app listens: a rule of a newer
    /// build that refuses a stored file still reaches the administrators' list of failures (decision 033).</summary>
    private static void CheckDefinitionsAfterStart(IServiceProvider services, DefinitionCatalog catalog, string folder, OfficeTime time, ILogger log, TimeSpan delay)
    {
        var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(delay, lifetime.ApplicationStopping);
                await catalog.LoadAsync(folder, time.Now, lifetime.ApplicationStopping);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                // The app stopped first.
            }
            catch (Exception e)
            {
                log.LogError(e, "The full check of the SOP definitions after the start failed; the stored versions stay served");
            }
        }));
    }

    /// <summary>The shipped list (2026, from the SKB) fills an empty table; the office edits it afterwards.</summary>
    private static async Task SeedHolidaysAsync(SopDeskDbContext db, ILogger log)
    {
        if (await db.Holidays.AnyAsync()) return;
        var folder = Path.Combine(AppContext.BaseDirectory, "data");
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "holidays-*.csv") : [])
        {
            var holidays = HolidayCsv.Load(file);
            db.Holidays.AddRange(holidays.Select(HolidayMapping.ToRecord));
            log.LogInformation("Seeded {Count} holidays from {File}", holidays.Count, Path.GetFileName(file));
        }
        await db.SaveChangesAsync();
    }
}
