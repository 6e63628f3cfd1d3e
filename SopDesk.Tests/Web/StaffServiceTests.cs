using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Features.Staff;
using SopDesk.Web.Security;

namespace SopDesk.Tests.Web;

/// <summary>Staff administration on the real app and database (demo staff); each test adds officers of its own.</summary>
public sealed class StaffServiceTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private const string Password = "Sandi-Awal-2026x";

    private StaffService Service => app.Services.GetRequiredService<StaffService>();

    private Task<ClaimsPrincipal> AsAsync(string userName) => SignInForm.PrincipalAsync(app.Services, userName);

    private static NewStaff Officer(string userName, string nip) => new()
    {
        UserName = userName, FullName = $"Uji {userName}", Nip = nip, Jabatan = "Staf Uji", Lanes = ["staf", "jfu"], Password = Password,
    };

    private async Task<StaffUser?> FindAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(userName);
    }

    private async Task<List<JournalRecord>> JournalAsync(string action, string mentioning)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDeskDbContext>();
        return await db.Journal.AsNoTracking().Where(j => j.Action == action && j.Detail.Contains(mentioning)).ToListAsync();
    }

    private async Task<string> AddAsync(string userName, string nip)
    {
        (await Service.AddAsync(Officer(userName, nip), await AsAsync("admin"))).Ok.ShouldBeTrue();
        return (await FindAsync(userName))!.Id;
    }

    [Theory]
    [InlineData("199013012015011001", "NIP: tanggal lahir (digit 1–8) tidak sah.")]
    [InlineData("19900101201501100", "NIP harus 18 digit angka.")]
    [InlineData("199001012015013001", "NIP: digit jenis kelamin (digit 15) harus 1 atau 2.")]
    public async Task An_invalid_NIP_is_refused_with_its_reason_and_nothing_is_created(string nip, string message)
    {
        var outcome = await Service.AddAsync(Officer("uji-nip-salah", nip), await AsAsync("admin"));

        outcome.Ok.ShouldBeFalse();
        outcome.FieldErrors[StaffFields.Nip].ShouldBe(message);
        (await FindAsync("uji-nip-salah")).ShouldBeNull();
        (await JournalAsync("StaffAdded", "uji-nip-salah")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_NIP_or_user_name_already_registered_is_refused()
    {
        var kasiNip = DemoStaff.Members.Single(m => m.UserName == "kasi").Nip;
        var outcome = await Service.AddAsync(Officer("kasi", kasiNip), await AsAsync("admin"));

        outcome.Ok.ShouldBeFalse();
        outcome.FieldErrors[StaffFields.Nip].ShouldBe("NIP sudah terdaftar untuk staf lain.");
        outcome.FieldErrors[StaffFields.UserName].ShouldBe("Nama pengguna sudah dipakai.");
        (await Service.AddAsync(Officer("uji-nip-ganda", kasiNip), await AsAsync("admin"))).Ok.ShouldBeFalse();
        (await FindAsync("uji-nip-ganda")).ShouldBeNull();
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_Indonesian()
    {
        var input = Officer("uji-sandi-lemah", "");
        input.Password = "pendek1A";
        (await Service.AddAsync(input, await AsAsync("admin"))).FieldErrors[StaffFields.Password].ShouldContain("Kata sandi minimal 12 karakter.");
        (await FindAsync("uji-sandi-lemah")).ShouldBeNull();
    }

    [Fact]
    public async Task Adding_creates_the_officer_with_the_lanes_and_journals_it_with_the_administrator_as_actor()
    {
        var admin = await AsAsync("admin");
        (await Service.AddAsync(Officer("uji-baru", "199104152016032003"), admin)).Ok.ShouldBeTrue();

        var user = (await FindAsync("uji-baru")).ShouldNotBeNull();
        (user.FullName, user.Nip, user.Jabatan, user.IsActive).ShouldBe(("Uji uji-baru", "199104152016032003", "Staf Uji", true));
        var member = (await Service.FindAsync(user.Id, admin)).ShouldNotBeNull();
        member.Lanes.ShouldBe(["jfu", "staf"]);
        var line = (await JournalAsync("StaffAdded", "uji-baru")).ShouldHaveSingleItem();
        line.ActorUserId.ShouldBe(admin.FindFirstValue(ClaimTypes.NameIdentifier));
        line.ActorName.ShouldBe("Administrator SopDesk");
        line.Detail.ShouldNotContain(Password);
        (await SignInForm.SignsInAsync(app, "uji-baru", Password)).ShouldBeTrue();
    }

    [Fact]
    public async Task Editing_changes_name_jabatan_and_lanes_and_journals_what_changed()
    {
        var id = await AddAsync("uji-ubah", "");
        var outcome = await Service.UpdateAsync(id, new StaffChanges { FullName = "Uji Diubah", Jabatan = "Kasi Uji", Lanes = ["kasi"] }, await AsAsync("admin"));

        outcome.Ok.ShouldBeTrue(outcome.Message);
        var member = (await Service.FindAsync(id, await AsAsync("admin")))!;
        (member.FullName, member.Jabatan).ShouldBe(("Uji Diubah", "Kasi Uji"));
        member.Lanes.ShouldBe(["kasi"]);
        (await JournalAsync("StaffUpdated", "uji-ubah")).ShouldHaveSingleItem().Detail.ShouldContain("Kasi Uji");
    }

    [Fact]
    public async Task A_deactivated_officer_cannot_sign_in_and_the_deactivation_is_journaled()
    {
        var id = await AddAsync("uji-nonaktif", "");
        (await SignInForm.SignsInAsync(app, "uji-nonaktif", Password)).ShouldBeTrue();

        (await Service.DeactivateAsync(id, await AsAsync("admin"))).Ok.ShouldBeTrue();

        var refused = await SignInForm.SignInAsync(SignInForm.NewClient(app), "uji-nonaktif", Password);
        (await refused.Content.ReadAsStringAsync()).ShouldContain(SopDesk.Web.Security.StaffSignIn.Refused);
        (await FindAsync("uji-nonaktif"))!.IsActive.ShouldBeFalse();
        (await JournalAsync("StaffDeactivated", "uji-nonaktif")).ShouldHaveSingleItem();

        (await Service.ReactivateAsync(id, await AsAsync("admin"))).Ok.ShouldBeTrue();
        (await SignInForm.SignsInAsync(app, "uji-nonaktif", Password)).ShouldBeTrue();
        (await JournalAsync("StaffReactivated", "uji-nonaktif")).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_their_own_account()
    {
        var admin = await AsAsync("admin");
        var outcome = await Service.DeactivateAsync(admin.FindFirstValue(ClaimTypes.NameIdentifier)!, admin);

        outcome.Ok.ShouldBeFalse();
        outcome.Message.ShouldBe("Anda tidak dapat menonaktifkan akun Anda sendiri.");
        (await FindAsync("admin"))!.IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task A_non_administrator_is_refused_by_every_method_whatever_the_page_shows()
    {
        var id = await AddAsync("uji-sasaran", "");
        var kasi = await AsAsync("kasi");

        (await Service.AddAsync(Officer("uji-oleh-kasi", ""), kasi)).Message.ShouldBe(StaffService.NotAdministrator);
        (await Service.UpdateAsync(id, new StaffChanges { FullName = "X", Jabatan = "Y", Lanes = [Roles.Admin] }, kasi)).Message.ShouldBe(StaffService.NotAdministrator);
        (await Service.DeactivateAsync(id, kasi)).Message.ShouldBe(StaffService.NotAdministrator);
        (await Service.ResetPasswordAsync(id, "Kata-Sandi-Kasi-2026", kasi)).Message.ShouldBe(StaffService.NotAdministrator);
        await Should.ThrowAsync<UnauthorizedAccessException>(() => Service.ListAsync(kasi));
        await Should.ThrowAsync<UnauthorizedAccessException>(() => Service.FindAsync(id, kasi));

        (await FindAsync("uji-oleh-kasi")).ShouldBeNull();
        var target = (await FindAsync("uji-sasaran"))!;
        (target.IsActive, target.FullName).ShouldBe((true, "Uji uji-sasaran"));
        (await SignInForm.SignsInAsync(app, "uji-sasaran", Password)).ShouldBeTrue();
    }

    [Fact]
    public async Task Resetting_the_password_lets_the_officer_sign_in_with_the_new_one_only()
    {
        var id = await AddAsync("uji-reset", "");
        const string newPassword = "Sandi-Baru-2026-Ok";

        (await Service.ResetPasswordAsync(id, newPassword, await AsAsync("admin"))).Ok.ShouldBeTrue();

        (await SignInForm.SignsInAsync(app, "uji-reset", newPassword)).ShouldBeTrue();
        (await SignInForm.SignsInAsync(app, "uji-reset", Password)).ShouldBeFalse();
        var line = (await JournalAsync("PasswordReset", "uji-reset")).ShouldHaveSingleItem();
        line.Detail.ShouldNotContain(newPassword);
    }

    [Fact]
    public async Task The_password_of_a_deactivated_officer_cannot_be_reset()
    {
        var id = await AddAsync("uji-reset-nonaktif", "");
        (await Service.DeactivateAsync(id, await AsAsync("admin"))).Ok.ShouldBeTrue();

        var outcome = await Service.ResetPasswordAsync(id, "Sandi-Baru-2026-Ok", await AsAsync("admin"));

        outcome.Ok.ShouldBeFalse();
        outcome.Message!.ShouldContain("staf yang aktif");
    }
}
