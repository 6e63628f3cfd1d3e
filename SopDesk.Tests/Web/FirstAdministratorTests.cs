using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data.Entities;
using SopDesk.Web.Security;

namespace SopDesk.Tests.Web;

public class FirstAdministratorTests
{
    [Fact]
    public async Task A_production_database_gets_its_administrator_from_the_bootstrap_password_and_no_demo_data()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sopdesk-prod-{Guid.NewGuid():N}.db");
        try
        {
            await using (var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
                .UseEnvironment("Production")
                .UseSetting("ConnectionStrings:SopDesk", $"Data Source={path}")
                .UseSetting("Bootstrap:AdminPassword", "Kata-Sandi-Awal-2026")))
            {
                // Production cookies are Secure, so the sign-in form (antiforgery) is served over HTTPS only.
                (await app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }).GetAsync("/masuk")).StatusCode.ShouldBe(HttpStatusCode.OK);
                await using var scope = app.Services.CreateAsyncScope();
                var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
                users.Users.Select(u => u.UserName).ShouldBe(["admin"]);
                var admin = (await users.FindByNameAsync("admin"))!;
                (await users.CheckPasswordAsync(admin, "Kata-Sandi-Awal-2026")).ShouldBeTrue();
                (await users.IsInRoleAsync(admin, Roles.Admin)).ShouldBeTrue();
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        }
    }
}
