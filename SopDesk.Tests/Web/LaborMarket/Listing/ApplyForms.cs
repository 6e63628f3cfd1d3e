using System.Net;
using System.Text.RegularExpressions;

namespace SopDesk.Tests.Web.LaborMarket.Listing;

/// <summary>Posts the listing's forms as a browser would: the page's antiforgery token and FormGuard time, the form's handler name.</summary>
public static partial class ApplyForms
{
    /// <summary>The hidden fields of the page at <paramref name="path"/> (a page with a FormGuard), read once.</summary>
    public static async Task<Dictionary<string, string>> TokensAsync(HttpClient client, string path)
    {
        var page = await client.GetStringAsync(path);
        return new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value),
            ["layanan_dibuka"] = WebUtility.HtmlDecode(Rendered().Match(page).Groups[1].Value),
            ["kontak_tambahan"] = "",
        };
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string handler, Dictionary<string, string> tokens,
        IDictionary<string, string>? fields = null)
    {
        var form = new Dictionary<string, string>(tokens) { ["_handler"] = handler };
        foreach (var (name, value) in fields ?? new Dictionary<string, string>()) form[name] = value;
        return client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"layanan_dibuka\" value=\"([^\"]+)\"")]
    private static partial Regex Rendered();
}
