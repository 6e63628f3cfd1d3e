using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using SopDesk.Web.Features.Demo;
using static SopDesk.Tests.Web.Documents.DocumentTestBed;

namespace SopDesk.Tests.Web.Nodes;

/// <summary>
/// Data-protection keys live in the database (decision 046): a second app on the same database reads the first one's
/// sign-in cookie — as a second node, or the same node after a restart on a new machine; an app on another database cannot.
/// </summary>
public sealed class SharedKeysTests
{
    private static async Task<string> SignInCookieAsync(SopDeskAppFactory app)
    {
        var response = await SignInForm.SignInAsync(SignInForm.NewClient(app), "kasi", DemoStaff.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    private static async Task<HttpStatusCode> InboxWithAsync(SopDeskAppFactory app, string cookie)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return (await client.GetAsync("/")).StatusCode;
    }

    [Fact]
    public async Task A_second_app_on_the_same_database_reads_the_first_ones_cookie_and_one_on_another_database_does_not()
    {
        var database = Path.Combine(Path.GetTempPath(), $"sopdesk-keys-{Guid.NewGuid():N}.db");
        try
        {
            await using var first = new SopDeskAppFactory { SharedDatabasePath = database };
            var cookie = await SignInCookieAsync(first);
            await using (var db = NewContext(first)) (await db.DataProtectionKeys.CountAsync()).ShouldBeGreaterThan(0);

            await using var second = new SopDeskAppFactory { SharedDatabasePath = database };
            await using var elsewhere = new SopDeskAppFactory();

            (await InboxWithAsync(second, cookie)).ShouldBe(HttpStatusCode.OK);
            (await InboxWithAsync(elsewhere, cookie)).ShouldBe(HttpStatusCode.Redirect); // to /masuk: its keys cannot read it
        }
        finally { SopDeskAppFactory.DeleteDatabase(database); }
    }
}
