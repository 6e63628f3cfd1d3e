using Microsoft.AspNetCore.Identity;
using SopDesk.Data.Entities;

namespace SopDesk.Web.Security;

/// <summary>
/// A fresh production database has no staff, so nobody could sign in. When no staff exist and
/// "Bootstrap:AdminPassword" is configured, the account "admin" is created once with that password.
/// </summary>
public static class FirstAdministrator
{
    public static async Task EnsureAsync(IServiceProvider services, IConfiguration configuration, ILogger log)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (users.Users.Any()) return;
        var password = configuration["Bootstrap:AdminPassword"];
        if (string.IsNullOrEmpty(password))
        {
            log.LogWarning("No staff account exists. Start once with Bootstrap__AdminPassword=<12+ characters> to create the administrator 'admin'.");
            return;
        }
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(Roles.Admin)) await roles.CreateAsync(new IdentityRole(Roles.Admin));
        var admin = new StaffUser { UserName = "admin", FullName = "Administrator", Jabatan = "Administrator Sistem", IsActive = true };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
            throw new InvalidOperationException($"Bootstrap:AdminPassword is not acceptable: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        await users.AddToRoleAsync(admin, Roles.Admin);
        log.LogWarning("Created the administrator account 'admin'. Remove Bootstrap__AdminPassword from the configuration now.");
    }
}
