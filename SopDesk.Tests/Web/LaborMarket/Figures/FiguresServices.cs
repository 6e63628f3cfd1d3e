using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Data;
using SopDesk.Tests.Data;
using SopDesk.Web.Features.LaborMarket;
using SopDesk.Web.Features.LaborMarket.Figures;
using SopDesk.Web.Features.Reports;

namespace SopDesk.Tests.Web.LaborMarket.Figures;

/// <summary>The figures' services over a fresh database holding <see cref="NovemberMarket"/>, the clock on 3 December 2026.</summary>
internal sealed class FiguresServices : IAsyncDisposable
{
    private FiguresServices(TempDatabase database, ServiceProvider services) => (Database, Services) = (database, services);

    public TempDatabase Database { get; }
    public ServiceProvider Services { get; }
    public static readonly DateTimeOffset Now = NovemberMarket.At(12, 3, 9);

    public static async Task<FiguresServices> CreateAsync(IServiceCollection? services = null)
    {
        var database = await TempDatabase.CreateAsync();
        await using (var db = database.NewContext()) await NovemberMarket.SeedAsync(db);
        services ??= new ServiceCollection();
        Register(services, database);
        var provider = services.BuildServiceProvider();
        await provider.LoadDefinitionsAndOfficeAsync(Now);
        return new FiguresServices(database, provider);
    }

    /// <summary>As Program.cs registers them (no projection: the rows are written as the projections would leave them).</summary>
    public static void Register(IServiceCollection services, TempDatabase database)
    {
        services.AddOfficeCore(database, new FakeTimeProvider(Now));
        services.AddScoped<ProjectionCatchUp>();
        services.AddScoped<LaborMarketFigures>();
        services.AddScoped<MonthlyReportService>();
    }

    public async Task<JobMarketFigures> MonthAsync(int year, int month)
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LaborMarketFigures>().ForMonthAsync(year, month);
    }

    public async Task<JobMarketFigures> YearAsync(int year)
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LaborMarketFigures>().ForYearAsync(year);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
