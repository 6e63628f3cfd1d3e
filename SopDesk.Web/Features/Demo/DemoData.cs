using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.Demo;

/// <summary>Demo staff and berkas, on an empty database, when "Demo:Seed" is true (Development).</summary>
public static class DemoData
{
    public static async Task SeedAsync(IServiceProvider services, ILogger log)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await DemoStaff.SeedAsync(provider.GetRequiredService<UserManager<StaffUser>>(), provider.GetRequiredService<RoleManager<IdentityRole>>(), log);

        var db = provider.GetRequiredService<SopDeskDbContext>();
        if (!await db.Cases.AnyAsync())
        {
            var catalog = services.GetRequiredService<DefinitionCatalog>();
            var time = services.GetRequiredService<OfficeTime>();
            var cases = new DemoCases([.. catalog.Current.Where(d => d.Online?.Purpose is not (Workflows.Definitions.OnlinePurpose.Complaint or Workflows.Definitions.OnlinePurpose.AccountVerification or Workflows.Definitions.OnlinePurpose.Vacancy))], time.Calendar, await DemoCases.StaffByRoleAsync(db));
            var count = await cases.SeedAsync(db, time.Now);
            count += await DemoComplaints.SeedAsync(db, catalog.Current, time.Calendar, await DemoCases.StaffByRoleAsync(db), time.Now);
            log.LogInformation("Seeded {Count} demo berkas", count);
            await DemoPublicAccounts.SeedAsync(provider, log); // after the demo berkas, which are seeded only while there is none
        }
        await DemoLaborMarket.SeedAsync(provider, log); // only while there is no vacancy
    }
}
