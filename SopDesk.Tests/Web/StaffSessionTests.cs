using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Features.Staff;

namespace SopDesk.Tests.Web;

/// <summary>Deactivation ends a session that is already open, at the next security stamp check.</summary>
public sealed class StaffSessionTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    [Fact]
    public async Task Deactivating_an_officer_ends_their_open_session()
    {
        // The app checks every minute; here every request, so the test need not wait a minute.
        await using var everyRequest = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero)));
        var officer = SignInForm.NewClient(everyRequest);
        (await SignInForm.SignInAsync(officer, "panitia", DemoStaff.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officer.GetAsync("/katalog")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var admin = await SignInForm.PrincipalAsync(everyRequest.Services, "admin");
        var panitia = await SignInForm.PrincipalAsync(everyRequest.Services, "panitia");
        var staff = everyRequest.Services.GetRequiredService<StaffService>();
        (await staff.DeactivateAsync(panitia.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value, admin)).Ok.ShouldBeTrue();

        var after = await officer.GetAsync("/katalog");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldStartWith("http://localhost/masuk");
    }
}
