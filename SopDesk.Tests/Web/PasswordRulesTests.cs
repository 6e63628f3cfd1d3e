using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Web;
using SopDesk.Web.Features.Account;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Features.Staff;
using SopDesk.Web.Security;

namespace SopDesk.Tests.Web;

/// <summary>ASVS V2.1.7: common, breached, demo and own-data passwords are refused everywhere a password is set.</summary>
public sealed class PasswordRulesTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private T Get<T>() where T : notnull => app.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private async Task<string?> RefusalForNewStaffAsync(string password) =>
        (await Get<StaffService>().AddAsync(new NewStaff
        {
            UserName = "budi.s", FullName = "Budi Santoso, S.E.", Nip = "198405102009011099", Jabatan = "Staf", Lanes = ["staf"], Password = password,
        }, await SignInForm.PrincipalAsync(app.Services, "admin"))).FieldErrors.GetValueOrDefault(StaffFields.Password);

    [Fact]
    public void The_shipped_list_holds_the_ten_thousand_most_common_passwords()
    {
        var common = CommonPasswords.Load();
        common.Count.ShouldBeGreaterThanOrEqualTo(10_000);
        common.Contains("qwerty").ShouldBeTrue();
        common.Contains("Kuda-Laut-Biru-Pagi-7").ShouldBeFalse();
    }

    [Theory]
    [InlineData("Password1234", StaffPasswordValidator.CommonMessage)]
    [InlineData("qwertyuiop123", StaffPasswordValidator.CommonMessage)]
    [InlineData("1234567890123", StaffPasswordValidator.CommonMessage)]
    [InlineData(DemoStaff.Password, StaffPasswordValidator.CommonMessage)]
    [InlineData("Santoso-Kuda-Laut", StaffPasswordValidator.OwnDataMessage)]
    [InlineData("kunci-budi.s-2026", StaffPasswordValidator.OwnDataMessage)]
    [InlineData("x198405102009011099", StaffPasswordValidator.OwnDataMessage)]
    public async Task A_common_or_own_data_password_is_refused_for_new_staff(string password, string message) =>
        (await RefusalForNewStaffAsync(password)).ShouldNotBeNull().ShouldContain(message);

    [Fact]
    public async Task An_uncommon_password_is_accepted() =>
        (await RefusalForNewStaffAsync("Kuda-Laut-Biru-Pagi-7")).ShouldBeNull();

    [Fact]
    public async Task An_officer_changes_their_own_password_which_ends_their_other_sessions()
    {
        var here = await SignInForm.PrincipalAsync(app.Services, "pengadministrasi");
        var elsewhere = await SignInForm.PrincipalAsync(app.Services, "pengadministrasi");
        var passwords = Get<OwnPasswordService>();

        (await passwords.ChangeAsync(here, "bukan-kata-sandinya", "Kuda-Laut-Biru-Pagi-7")).FieldErrors[OwnPasswordService.CurrentField]
            .ShouldBe("Kata sandi saat ini salah.");
        (await passwords.ChangeAsync(here, DemoStaff.Password, "Password1234")).FieldErrors[OwnPasswordService.NewField]
            .ShouldContain(StaffPasswordValidator.CommonMessage);
        (await passwords.ChangeAsync(here, DemoStaff.Password, "Kuda-Laut-Biru-Pagi-7")).Ok.ShouldBeTrue();

        var current = app.Services.GetRequiredService<CurrentStaff>();
        (await current.CheckAsync(here)).Actor.ShouldNotBeNull();
        (await current.CheckAsync(elsewhere)).Refusal.ShouldBe(CurrentStaff.ChangedMessage);
        (await SignInForm.SignsInAsync(app, "pengadministrasi", "Kuda-Laut-Biru-Pagi-7")).ShouldBeTrue();
    }
}

/// <summary>A production start refuses the demo seed and a common bootstrap password.</summary>
public sealed class ProductionStartTests
{
    private static async Task<Exception> StartFailureAsync(params (string Key, string Value)[] settings)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sopdesk-prod-{Guid.NewGuid():N}.db");
        try
        {
            await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Production").UseSetting("ConnectionStrings:SopDesk", $"Data Source={path}");
                foreach (var (key, value) in settings) b.UseSetting(key, value);
            });
            return Should.Throw<Exception>(() => app.Services);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        }
    }

    [Fact]
    public async Task The_bootstrap_administrator_may_not_have_a_common_password() =>
        (await StartFailureAsync(("Bootstrap:AdminPassword", "Password1234"))).ToString().ShouldContain(StaffPasswordValidator.CommonMessage);

    [Fact]
    public async Task Demo_seeding_is_refused_in_production() =>
        (await StartFailureAsync(("Demo:Seed", "true"))).ToString().ShouldContain(Startup.DemoSeedInProduction);
}
