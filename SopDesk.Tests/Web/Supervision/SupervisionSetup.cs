using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Reports;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Features.Workload;
using SopDesk.Workflows.Calendar;

namespace SopDesk.Tests.Web.Supervision;

/// <summary>
/// The supervisors' services on a fresh database with a fake clock: the default office (WIB, Monday–Friday
/// 07.30–16.00) with one regional holiday, Wednesday 18 November 2026, and the six real SOP files.
/// </summary>
internal static class SupervisionSetup
{
    public static readonly DateOnly Holiday = new(2026, 11, 18);

    public static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    public static void AddServices(IServiceCollection services, TempDatabase database, FakeTimeProvider clock)
    {
        services.AddOfficeCore(database, clock);
        services.AddScoped<WorkloadQuery>();
        services.AddScoped<MonthlyReportService>();
    }

    /// <summary>Loads the SOP files and the holiday, as the app's start does.</summary>
    public static async Task PrepareAsync(IServiceProvider services)
    {
        var time = services.GetRequiredService<OfficeTime>();
        time.UseHolidays([new Holiday(Holiday, HolidayKind.LiburDaerah, "Libur daerah (uji)")]);
        await services.LoadDefinitionsAndOfficeAsync(time.Now);
    }
}

/// <summary>A fresh database holding <see cref="HandBuiltCases"/> and the prepared services over it.</summary>
internal sealed class SeededServices : IAsyncDisposable
{
    private readonly TempDatabase _database;

    private SeededServices(TempDatabase database, ServiceProvider services) => (_database, Services) = (database, services);

    public ServiceProvider Services { get; }

    public static async Task<SeededServices> CreateAsync(HandBuiltCases set, FakeTimeProvider clock)
    {
        var database = await TempDatabase.CreateAsync();
        await set.SaveAsync(database);
        var services = new ServiceCollection();
        SupervisionSetup.AddServices(services, database, clock);
        var provider = services.BuildServiceProvider();
        await SupervisionSetup.PrepareAsync(provider);
        return new SeededServices(database, provider);
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
