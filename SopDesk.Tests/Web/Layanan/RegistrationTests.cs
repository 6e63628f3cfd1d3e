using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Layanan.Accounts;
using static SopDesk.Tests.Web.Layanan.LayananForms;

namespace SopDesk.Tests.Web.Layanan;

/// <summary>The job seeker's registration form: each wrong value gets its message next to its field, typed values stay, a good one creates the account with its verification berkas.</summary>
public sealed class RegistrationTests(LayananAppFixture fixture) : IClassFixture<LayananAppFixture>
{
    private const string Path = "/layanan/daftar/pencari-kerja";

    private async Task<string> RefusedAsync(Dictionary<string, string> fields)
    {
        var response = await PostAsync(SignInForm.NewClient(fixture.App), Path, RegistrationPageBase.FormName, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.OK); // shown again, not redirected
        return Decoded(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("12345", "1998-05-14", "nik-error", "NIK harus 16 digit angka.")]
    [InlineData("6372015405980009", "1998-05-15", "nik-error", "tidak cocok dengan Tanggal lahir 15-05-1998")]
    public async Task A_bad_NIK_is_refused_next_to_the_NIK_field(string nik, string birth, string errorId, string message)
    {
        var html = await RefusedAsync(JobSeeker(nik: nik, birth: birth, email: $"x{Guid.NewGuid():N}@contoh.id"));
        html.ShouldContain($"id=\"{errorId}\" role=\"alert\">");
        html[html.IndexOf($"id=\"{errorId}\"", StringComparison.Ordinal)..].ShouldContain(message);
        html.ShouldContain($"value=\"{nik}\""); // the typed NIK is kept
    }

    [Fact]
    public async Task Bad_phone_weak_password_and_no_consent_each_get_their_message_and_passwords_are_not_echoed()
    {
        var fields = JobSeeker(nik: "6372010101900003", birth: "1990-01-01", email: "", phone: "12", password: "Password1234", consent: false);
        var html = await RefusedAsync(fields);
        html.ShouldContain(PublicAccountRules.PhoneMessage);
        html.ShouldContain(SopDesk.Web.Security.PasswordRules.CommonMessage);
        html.ShouldContain("Centang persetujuan pemrosesan data pribadi");
        html.ShouldNotContain("Password1234");
        html.ShouldContain("value=\"Ani Lestari\"");
    }

    [Fact]
    public async Task A_password_with_the_own_name_is_refused()
    {
        var html = await RefusedAsync(JobSeeker(nik: "6372010101900011", birth: "1990-01-01", email: $"y{Guid.NewGuid():N}@contoh.id", password: "Lestari-Kuda-2026"));
        html.ShouldContain(PublicAccountRules.OwnDataMessage);
    }

    [Fact]
    public async Task A_good_registration_creates_the_account_its_verification_berkas_and_the_confirmation_mail_and_a_duplicate_is_refused()
    {
        var client = SignInForm.NewClient(fixture.App);
        var response = await PostAsync(client, Path, RegistrationPageBase.FormName, JobSeeker(nik: "6372014212950004", birth: "1995-12-02", email: "Dewi.Ok@Contoh.id", phone: "0812 9876 5432", name: "Dewi Kartika"));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SopDeskDbContext>();
            var account = await db.PublicAccounts.SingleAsync(a => a.Nik == "6372014212950004");
            account.NormalizedEmail.ShouldBe("dewi.ok@contoh.id");
            account.Phone.ShouldBe("+6281298765432");
            account.Verification.ShouldBe(AccountVerification.Pending);
            account.ConsentVersion.ShouldNotBeNullOrEmpty();
            var berkas = await db.Cases.SingleAsync(c => c.Id == account.VerificationCaseId);
            berkas.DefinitionId.ShouldBe(VerificationSop.Id);
            berkas.CurrentStepId.ShouldBe("verifikasi");
            (await db.OutgoingMails.SingleAsync(m => m.AccountId == account.Id)).Kind.ShouldBe(EmailConfirmation.Kind);
        }

        var again = await RefusedAsync(JobSeeker(nik: "6372014212950004", birth: "1995-12-02", email: "dewi.ok@contoh.id", phone: "", name: "Dewi Kartika"));
        again.ShouldContain(PublicRegistration.NikTaken);
        again.ShouldContain(PublicRegistration.EmailTaken);
    }
}
