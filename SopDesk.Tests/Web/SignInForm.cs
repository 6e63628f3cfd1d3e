using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data.Entities;

namespace SopDesk.Tests.Web;

/// <summary>Signing in through the real /masuk form, and the principal a signed-in officer gets.</summary>
public static partial class SignInForm
{
    public static HttpClient NewClient(WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Posts the static sign-in form as a browser would (antiforgery token and cookie included).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password)
    {
        var form = await client.GetStringAsync("/masuk");
        var token = Token().Match(form).Groups[1].Value;
        return await client.PostAsync("/masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "masuk",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = user,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>True when the sign-in was accepted (the form answers a redirect only then).</summary>
    public static async Task<bool> SignsInAsync(WebApplicationFactory<Program> app, string user, string password) =>
        (await SignInAsync(NewClient(app), user, password)).StatusCode == System.Net.HttpStatusCode.Redirect;

    /// <summary>The principal the app's sign-in would give <paramref name="userName"/> (claims, roles, stamp), with a live session.</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string userName)
    {
        await using var scope = services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<StaffUser>>();
        return await TestPrincipals.WithSessionAsync(services, await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByNameAsync(userName))!));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
