using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SopDesk.Tests.Web;

/// <summary>An HTTP client of the test app that signs in through the real sign-in form, as a browser would.</summary>
public static partial class StaffClient
{
    public static HttpClient New(SopDeskAppFactory app) => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Posts the static sign-in form (antiforgery token and cookie included).</summary>
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

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
