using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Features.Holidays;
using SopDesk.Web.Features.Registers;
using SopDesk.Web.Features.Staff;
using SopDesk.Web.Security;

namespace SopDesk.Tests.Web;

/// <summary>
/// Sessions live on the server: an administrator's change (roles, deactivation, password reset) ends an officer's
/// sessions, and the next action with the principal an open tab still holds is refused; sign-out ends the cookie;
/// an idle session is refused.
/// </summary>
public sealed partial class StaffSessionTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private T Get<T>() where T : notnull => app.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private Task<ClaimsPrincipal> AsAsync(string userName) => SignInForm.PrincipalAsync(app.Services, userName);

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private async Task<StaffMember> MemberAsync(string userName) =>
        (await Get<StaffService>().ListAsync(await AsAsync("admin"))).Single(m => m.UserName == userName);

    private async Task SetLanesAsync(string userName, params string[] lanes)
    {
        var member = await MemberAsync(userName);
        (await Get<StaffService>().UpdateAsync(member.Id, new StaffChanges { FullName = member.FullName, Jabatan = member.Jabatan, Lanes = [.. lanes] },
            await AsAsync("admin"))).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task A_removed_role_refuses_the_next_sign_paraf_and_register_cancel_in_an_open_tab()
    {
        var kabid = await AsAsync("kabid");
        var kasi = await AsAsync("kasi");
        var cases = Get<CaseService>();
        var registers = Get<RegisterService>();
        // Before the change the same calls get past the sign-in (and stop at the unknown berkas or line).
        (await cases.SignAsync(Guid.NewGuid(), Guid.NewGuid(), kabid)).Message.ShouldNotBe(CurrentStaff.ChangedMessage);
        (await registers.CancelAsync(kasi, "register-ak1", Guid.NewGuid(), "Salah cetak kartu")).Message.ShouldNotBe(CurrentStaff.ChangedMessage);

        await SetLanesAsync("kabid", "staf");
        await SetLanesAsync("kasi", "staf");

        (await cases.SignAsync(Guid.NewGuid(), Guid.NewGuid(), kabid)).Message.ShouldBe(CurrentStaff.ChangedMessage);
        (await cases.CompleteAsync(Guid.NewGuid(), Guid.NewGuid(), "paraf", new Dictionary<string, string>(), null, kasi)).Message.ShouldBe(CurrentStaff.ChangedMessage);
        (await registers.CancelAsync(kasi, "register-ak1", Guid.NewGuid(), "Salah cetak kartu")).Message.ShouldBe(CurrentStaff.ChangedMessage);
        (await Get<CurrentStaff>().CheckAsync(kabid)).Refusal.ShouldBe(CurrentStaff.ChangedMessage);

        // Signed in again, the officer acts with the roles the database holds now.
        var again = await Get<CurrentStaff>().RequireAsync(await AsAsync("kabid"));
        again.Roles.ShouldBe(["staf"]);
        await SetLanesAsync("kabid", "kabid");
        await SetLanesAsync("kasi", "kasi");
    }

    [Fact]
    public async Task A_demoted_administrator_is_refused_at_the_next_admin_action()
    {
        await SetLanesAsync("panitia", "panitia", Roles.Admin);
        var former = await AsAsync("panitia");
        (await Get<StaffService>().ListAsync(former)).ShouldNotBeEmpty();

        await SetLanesAsync("panitia", "panitia");

        await Should.ThrowAsync<UnauthorizedAccessException>(() => Get<StaffService>().ListAsync(former));
        (await Get<StaffService>().ReactivateAsync(IdOf(former), former)).Message.ShouldBe(CurrentStaff.ChangedMessage);
        var holiday = new HolidayInput { Date = new DateOnly(2026, 11, 23), Kind = SopDesk.Workflows.Calendar.HolidayKind.LiburDaerah, Name = "Hari jadi" };
        (await Get<HolidayService>().AddAsync(holiday, former)).Message.ShouldBe(CurrentStaff.ChangedMessage);
        // Signed in afresh, the officer is simply not an administrator.
        (await Get<HolidayService>().AddAsync(holiday, await AsAsync("panitia"))).Message.ShouldBe(HolidayService.NotAdministrator);
    }

    [Fact]
    public async Task A_password_reset_ends_the_officers_sessions()
    {
        var jfu = await AsAsync("jfu");
        (await Get<CurrentStaff>().CheckAsync(jfu)).Actor.ShouldNotBeNull();

        (await Get<StaffService>().ResetPasswordAsync(IdOf(jfu), "Kuda-Laut-Biru-Pagi-7", await AsAsync("admin"))).Ok.ShouldBeTrue();

        (await Get<CaseService>().ClaimAsync(Guid.NewGuid(), Guid.NewGuid(), jfu)).Message.ShouldBe(CurrentStaff.ChangedMessage);
        (await SignInForm.SignsInAsync(app, "jfu", "Kuda-Laut-Biru-Pagi-7")).ShouldBeTrue();
    }

    [Fact]
    public async Task Deactivating_an_officer_ends_their_open_session_at_the_next_request_and_action()
    {
        var officer = SignInForm.NewClient(app);
        (await SignInForm.SignInAsync(officer, "sekretaris", DemoStaff.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officer.GetAsync("/katalog")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var openTab = await AsAsync("sekretaris");

        (await Get<StaffService>().DeactivateAsync(IdOf(openTab), await AsAsync("admin"))).Ok.ShouldBeTrue();

        var after = await officer.GetAsync("/katalog");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldStartWith("http://localhost/masuk");
        (await Get<CaseService>().ClaimAsync(Guid.NewGuid(), Guid.NewGuid(), openTab)).Message.ShouldBe(CurrentStaff.ChangedMessage);
        (await Get<StaffService>().ReactivateAsync(IdOf(openTab), await AsAsync("admin"))).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        var officer = SignInForm.NewClient(app);
        var signedIn = await SignInForm.SignInAsync(officer, "pengadministrasi", DemoStaff.Password);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("SopDesk.Masuk=", StringComparison.Ordinal)).Split(';')[0];
        var copy = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        (await copy.GetAsync("/katalog")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var page = await officer.GetStringAsync("/katalog");
        var token = Token().Match(page).Groups[1].Value;
        (await officer.PostAsync("/keluar", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token })))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var replayed = await copy.GetAsync("/katalog");
        replayed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replayed.Headers.Location!.ToString().ShouldStartWith("http://localhost/masuk");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

/// <summary>An idle session is refused by the server, on a fake clock.</summary>
public sealed class IdleSessionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero));
    private SopDeskAppFactory _app = default!;

    public Task InitializeAsync()
    {
        _app = new SopDeskAppFactory { Clock = _clock, Settings = new Dictionary<string, string> { ["Security:IdleTimeout"] = "00:30:00" } };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_session_idle_past_the_timeout_is_refused_and_an_active_one_is_not()
    {
        var active = await SignInForm.PrincipalAsync(_app.Services, "petugas-penerima");
        var idle = await SignInForm.PrincipalAsync(_app.Services, "staf");
        var current = _app.Services.GetRequiredService<CurrentStaff>();
        var cases = _app.Services.CreateScope().ServiceProvider.GetRequiredService<CaseService>();

        _clock.Advance(TimeSpan.FromMinutes(20));
        (await current.CheckAsync(active)).Actor.ShouldNotBeNull();
        _clock.Advance(TimeSpan.FromMinutes(20));

        (await current.CheckAsync(active)).Actor.ShouldNotBeNull();
        (await cases.ClaimAsync(Guid.NewGuid(), Guid.NewGuid(), idle)).Message.ShouldBe(current.IdleMessage);
        // Ended for good: coming back later does not revive it.
        (await current.CheckAsync(idle)).Refusal.ShouldBe(current.IdleMessage);
        current.IdleMessage.ShouldContain("30 menit");
    }
}
