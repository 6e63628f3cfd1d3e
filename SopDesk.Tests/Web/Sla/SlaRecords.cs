using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;

namespace SopDesk.Tests.Web.Sla;

/// <summary>What the SLA watcher left in an app's database for one berkas, and who holds a role there.</summary>
internal static class SlaRecords
{
    public static async Task<List<SlaBreachRecord>> BreachesAsync(this SopDeskAppFactory app, Guid caseId)
    {
        await using var db = await DbAsync(app);
        return await db.SlaBreaches.Where(b => b.CaseId == caseId).ToListAsync();
    }

    public static async Task<List<NotificationRecord>> NotifiedAsync(this SopDeskAppFactory app, Guid caseId)
    {
        await using var db = await DbAsync(app);
        return await db.Notifications.Where(n => n.CaseId == caseId).ToListAsync();
    }

    /// <summary>The ids of the active officers holding <paramref name="role"/>.</summary>
    public static async Task<List<string>> UsersWithRoleAsync(this SopDeskAppFactory app, string role)
    {
        using var scope = app.Services.CreateScope();
        return [.. (await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().GetUsersInRoleAsync(role)).Where(u => u.IsActive).Select(u => u.Id)];
    }

    private static Task<SopDeskDbContext> DbAsync(SopDeskAppFactory app) =>
        app.Services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();
}
