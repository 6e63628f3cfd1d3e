using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Holidays;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Calendar;

namespace SopDesk.Tests.Web.Holidays;

/// <summary>
/// The holiday administration's services on a fresh migrated database with a fake clock: the six SOPs, an
/// active administrator and a Kasi as database users, and the shipped 2026 list as the office's calendar.
/// </summary>
internal static class HolidayTestBed
{
    public const string AdminId = "user-admin", KasiId = "user-kasi";

    public static void AddServices(IServiceCollection services, TempDatabase database, TimeProvider clock)
    {
        services.AddOfficeCore(database, clock);
        services.AddSingleton<DueTimes>();
        services.AddSingleton<HolidayService>();
    }

    public static async Task SeedAsync(IServiceProvider services, TempDatabase database)
    {
        var time = services.GetRequiredService<OfficeTime>();
        await services.LoadDefinitionsAndOfficeAsync(time.Now);
        var shipped = HolidayCsv.Load(Path.Combine(AppContext.BaseDirectory, "data", "holidays-id-2026.csv"));
        await using var db = database.NewContext();
        var adminRole = new IdentityRole(Roles.Admin) { NormalizedName = "ADMIN" };
        db.Roles.AddRange(adminRole, new IdentityRole("kasi") { NormalizedName = "KASI" });
        db.Users.AddRange(
            new StaffUser { Id = AdminId, UserName = "admin", FullName = "Administrator Uji", IsActive = true },
            new StaffUser { Id = KasiId, UserName = "kasi", FullName = "Kasi Uji", IsActive = true });
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = AdminId, RoleId = adminRole.Id });
        db.Holidays.AddRange(shipped.Select(HolidayMapping.ToRecord));
        await db.SaveChangesAsync();
        time.UseHolidays(shipped);
    }

    /// <summary>The seeded administrator, signed in (a live session).</summary>
    public static Task<ClaimsPrincipal> AdminAsync(IServiceProvider services) => TestPrincipals.SignedInAsync(services, AdminId, "Administrator Uji", Roles.Admin);

    /// <summary>The seeded Kasi, signed in (a live session).</summary>
    public static Task<ClaimsPrincipal> KasiAsync(IServiceProvider services) => TestPrincipals.SignedInAsync(services, KasiId, "Kasi Uji", "kasi");
}
