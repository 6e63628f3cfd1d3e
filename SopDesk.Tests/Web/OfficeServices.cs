using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Office;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Calendar;

namespace SopDesk.Tests.Web;

/// <summary>The services every page and service test needs, as Program.cs registers them, on a temp database and a given clock.</summary>
internal static class OfficeServices
{
    public static IServiceCollection AddOfficeCore(this IServiceCollection services, TempDatabase database, TimeProvider clock)
    {
        services.AddLogging();
        services.AddSopDeskData(database.Settings);
        services.AddSingleton(clock);
        services.AddSingleton(CalendarSettings.Default);
        services.AddSingleton<OfficeTime>();
        services.AddSingleton<DefinitionCatalog>();
        services.AddSingleton<CaseEvents>();
        services.AddScoped<StaffDirectory>();
        services.AddStaffSessions(new SessionSettings(TimeSpan.FromMinutes(30)));
        services.AddOfficeProfile();
        return services;
    }

    /// <summary>What Startup does before serving: the SOP files (the shipped ones) and the office profile (seeded with its defaults).</summary>
    public static async Task LoadDefinitionsAndOfficeAsync(this IServiceProvider services, DateTimeOffset now)
    {
        await services.GetRequiredService<DefinitionCatalog>().LoadAsync(DefinitionFiles.Folder, now);
        await services.GetRequiredService<OfficeProfileService>().LoadAsync(new ConfigurationBuilder().Build());
    }
}
