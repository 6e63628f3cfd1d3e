using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Security;

namespace SopDesk.Tests.Web;

/// <summary>Failed sign-ins slow further attempts per address and per name, with growing delays; no account is locked.</summary>
public sealed class SignInThrottleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Delays_grow_per_name_after_three_failures_and_stop_at_a_minute()
    {
        var throttle = new SignInThrottle(_clock);
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 12; i++)
        {
            waits.Add(throttle.WaitFor($"10.0.0.{i}", "kasi"));
            throttle.Failed($"10.0.0.{i}", "kasi");
        }
        waits.Take(3).ShouldAllBe(w => w == TimeSpan.Zero);
        throttle.WaitFor("10.0.1.1", "kasi").ShouldBe(SignInThrottle.AccountCap);
        waits.Skip(3).Take(4).ShouldBe([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)]);
        throttle.WaitFor("10.0.1.1", "kabid").ShouldBe(TimeSpan.Zero);

        _clock.Advance(SignInThrottle.AccountCap);
        throttle.WaitFor("10.0.1.1", "kasi").ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void One_address_trying_many_names_is_slowed_too()
    {
        var throttle = new SignInThrottle(_clock);
        for (var i = 0; i < SignInThrottle.AddressFreeTries; i++) throttle.Failed("10.0.0.9", $"nama-{i}");
        throttle.WaitFor("10.0.0.9", "nama-baru").ShouldBe(TimeSpan.FromSeconds(1));
        throttle.WaitFor("10.0.0.8", "nama-baru").ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public async Task A_stranger_guessing_cannot_lock_the_officer_out()
    {
        await using var app = new SopDeskAppFactory { Clock = _clock };
        for (var i = 0; i < 8; i++)
        {
            await SignInForm.SignInAsync(SignInForm.NewClient(app), "kasi", $"tebakan-{i}-xxxxxxxx");
            _clock.Advance(SignInThrottle.AccountCap);
        }
        // While the delay runs, even the right password waits (and says so), whoever types it.
        await SignInForm.SignInAsync(SignInForm.NewClient(app), "kasi", "tebakan-lagi-xxxxxxxx");
        var held = await SignInForm.SignInAsync(SignInForm.NewClient(app), "kasi", DemoStaff.Password);
        held.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await held.Content.ReadAsStringAsync()).ShouldContain("Terlalu banyak percobaan masuk");

        _clock.Advance(SignInThrottle.AccountCap);
        (await SignInForm.SignsInAsync(app, "kasi", DemoStaff.Password)).ShouldBeTrue();
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        (await users.IsLockedOutAsync((await users.FindByNameAsync("kasi"))!)).ShouldBeFalse();
    }
}
