using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Layanan.Accounts;
using SopDesk.Web.Layanan.Privacy;
using SopDesk.Workflows.Engine;
using static SopDesk.Tests.Web.Layanan.LayananForms;

namespace SopDesk.Tests.Web.Layanan;

/// <summary>Confirmation links, sign-in with throttling and journal, the verification berkas deciding the account's status, and the data download.</summary>
public sealed class AccountLifecycleTests
{
    private static async Task<PublicAccountRecord> RegisterAsync(SopDeskAppFactory app, string nik, string birth, string email)
    {
        (await PostAsync(SignInForm.NewClient(app), "/layanan/daftar/pencari-kerja", RegistrationPageBase.FormName, JobSeeker(nik: nik, birth: birth, email: email)))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SopDeskDbContext>().PublicAccounts.AsNoTracking().SingleAsync(a => a.Nik == nik);
    }

    [Fact]
    public async Task A_confirmation_link_confirms_once_and_an_expired_or_forged_one_does_not()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new SopDeskAppFactory { Clock = clock };
        var account = await RegisterAsync(app, "6372010202900005", "1990-02-02", "konfirmasi@contoh.id");
        var confirmation = app.Services.CreateScope().ServiceProvider.GetRequiredService<EmailConfirmation>();
        var token = confirmation.Token(account, clock.GetUtcNow());
        var late = confirmation.Token(account, clock.GetUtcNow() - EmailConfirmation.Lifetime - TimeSpan.FromMinutes(1));
        var client = SignInForm.NewClient(app);

        Decoded(await client.GetStringAsync($"/layanan/konfirmasi?token={Uri.EscapeDataString(late)}")).ShouldContain("sudah kedaluwarsa");
        Decoded(await client.GetStringAsync($"/layanan/konfirmasi?token={Uri.EscapeDataString(token)}x")).ShouldContain("tidak sah");
        Decoded(await client.GetStringAsync($"/layanan/konfirmasi?token={Uri.EscapeDataString(token)}")).ShouldContain("sudah dikonfirmasi.");
        Decoded(await client.GetStringAsync($"/layanan/konfirmasi?token={Uri.EscapeDataString(token)}")).ShouldContain("sudah dikonfirmasi sebelumnya");

        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<SopDeskDbContext>().PublicAccounts.SingleAsync(a => a.Id == account.Id)).EmailConfirmedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Wrong_passwords_are_journaled_and_slowed_down_by_the_public_throttle_and_the_right_one_signs_in_by_phone()
    {
        await using var app = new SopDeskAppFactory();
        var client = SignInForm.NewClient(app);
        for (var i = 0; i < SopDesk.Web.Security.SignInThrottle.AccountFreeTries; i++)
            Decoded(await SignedInAsync(client, "siti.rahma@contoh.id", "Salah-Sandi-999")).ShouldContain(PublicSignIn.Refused);
        Decoded(await SignedInAsync(client, "siti.rahma@contoh.id", DemoStaff.Password)).ShouldContain("Terlalu banyak percobaan masuk");
        (await SignedInAsync(client, "0812-3456-0002", DemoStaff.Password)).ShouldBe("/layanan/akun"); // Budi, by phone

        await using var scope = app.Services.CreateAsyncScope();
        var journal = await scope.ServiceProvider.GetRequiredService<SopDeskDbContext>().Journal.AsNoTracking()
            .Where(j => j.ActorUserId.StartsWith("layanan:")).ToListAsync();
        journal.Count(j => j.Action == JournalActions.SignInFailed).ShouldBe(SopDesk.Web.Security.SignInThrottle.AccountFreeTries);
        journal.ShouldContain(j => j.Action == JournalActions.SignIn && j.ActorName == "Budi Santoso");
        // The staff throttle is another key space: the same name typed on /masuk is not slowed.
        (await SignInForm.SignInAsync(SignInForm.NewClient(app), "siti.rahma@contoh.id", "x")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("sesuai", AccountVerification.Verified)]
    [InlineData("tidak-sesuai", AccountVerification.Rejected)]
    public async Task The_account_takes_its_status_from_the_end_of_its_verification_berkas(string outcome, AccountVerification expected)
    {
        await using var app = new SopDeskAppFactory();
        var account = await RegisterAsync(app, "6372015003000006", "2000-03-10", $"verif-{outcome}@contoh.id");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SopDeskDbContext>();
            var time = scope.ServiceProvider.GetRequiredService<OfficeTime>();
            var officer = (await DemoCases.StaffByRoleAsync(db))["operator-layanan"];
            (await VerificationDecision.DecideAsync(db, scope.ServiceProvider.GetRequiredService<DefinitionCatalog>(), account.VerificationCaseId!.Value,
                officer, outcome, outcome == "sesuai" ? null : "NIK tidak terbaca.", time.Now, time.Calendar)).ShouldBeTrue();
            var report = await scope.ServiceProvider.GetRequiredService<MyData>().ReadAsync(account.Id);
            report.Account.StatusVerifikasi.ShouldBe(MyData.StatusLabel(expected));
            var stored = await db.PublicAccounts.AsNoTracking().SingleAsync(a => a.Id == account.Id);
            stored.Verification.ShouldBe(expected);
            (stored.VerifiedAt is not null).ShouldBe(expected == AccountVerification.Verified);
        }
    }

    [Fact]
    public async Task Data_json_holds_the_signed_in_account_s_data_and_no_one_else_s_and_is_journaled()
    {
        await using var app = new SopDeskAppFactory();
        var client = SignInForm.NewClient(app);
        (await SignedInAsync(client, "siti.rahma@contoh.id", DemoStaff.Password)).ShouldBe("/layanan/akun");
        var correction = await PostAsync(client, "/layanan/akun", "koreksi", new Dictionary<string, string> { ["Correction"] = "Nama saya Siti Rahmawati." });
        Decoded(await correction.Content.ReadAsStringAsync()).ShouldContain("Permintaan koreksi terkirim");

        var response = await client.GetAsync(MyData.DownloadPath);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var json = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("Account").GetProperty("Nik").GetString().ShouldBe("6372015405980001");
        document.RootElement.GetProperty("Corrections")[0].GetProperty("Permintaan").GetString().ShouldBe("Nama saya Siti Rahmawati.");
        json.ShouldNotContain("1671010311010002"); // Budi's NIK
        json.ShouldNotContain("sriwijaya");

        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<SopDeskDbContext>().Journal
            .CountAsync(j => j.Action == JournalActions.PersonalDataExported && j.ActorName == "Siti Rahma")).ShouldBe(1);
    }

    [Fact]
    public async Task The_verification_SOP_file_validates_and_is_served_for_account_verification()
    {
        var output = new StringWriter();
        SopDesk.Web.Features.Catalog.ValidateCommand.Run(["validate", Path.Combine(RepoRoot(), "workflows")], output).ShouldBe(0, output.ToString());
        await using var app = new SopDeskAppFactory();
        var sop = app.Services.GetRequiredService<DefinitionCatalog>().Find(VerificationSop.Id).ShouldNotBeNull();
        sop.Online!.Purpose.ShouldBe(SopDesk.Workflows.Definitions.OnlinePurpose.AccountVerification);
        sop.Step("verifikasi").Waktu.Unit.ShouldBe(SopDesk.Workflows.Definitions.TimeUnit.WorkingDays);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "workflows"))) dir = dir.Parent;
        return dir!.FullName;
    }
}
