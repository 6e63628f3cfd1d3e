using System.Net;
using System.Text.RegularExpressions;

namespace SopDesk.Tests.Web.Layanan;

/// <summary>Posts a public static form as a browser would: its antiforgery token, the FormGuard's render time and the form's handler name.</summary>
public static partial class LayananForms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string handler, IDictionary<string, string> fields,
        Func<string, string>? renderedToken = null, string honeypot = "")
    {
        var page = await client.GetStringAsync(path);
        var form = new Dictionary<string, string>(fields)
        {
            ["_handler"] = handler,
            ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
            ["layanan_dibuka"] = (renderedToken ?? (t => t))(Rendered().Match(page).Groups[1].Value),
            ["kontak_tambahan"] = honeypot,
        };
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    public static Dictionary<string, string> JobSeeker(string nik = "6372015405980009", string birth = "1998-05-14", string email = "ani@contoh.id",
        string phone = "", string password = "Pelangi-Senja-77", bool consent = true, string name = "Ani Lestari") => new()
    {
        ["Input.Name"] = name, ["Input.Nik"] = nik, ["Input.BirthDate"] = birth, ["Input.Email"] = email, ["Input.Phone"] = phone,
        ["Input.Password"] = password, ["Input.PasswordConfirm"] = password, ["Input.Consent"] = consent ? "true" : "false",
    };

    public static async Task<string> SignedInAsync(HttpClient client, string login, string password)
    {
        var response = await PostAsync(client, "/layanan/masuk", "masuk", new Dictionary<string, string> { ["Input.Login"] = login, ["Input.Password"] = password });
        return response.StatusCode == HttpStatusCode.Redirect ? response.Headers.Location!.ToString() : await response.Content.ReadAsStringAsync();
    }

    public static string Decoded(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"layanan_dibuka\" value=\"([^\"]+)\"")]
    private static partial Regex Rendered();
}
