using System.Security.Cryptography;

namespace SopDesk.Web.Security;

/// <summary>
/// The headers every response carries. The Content-Security-Policy allows only SopDesk's own origin: scripts from files
/// (plus the one inline import map, by a per-request nonce), styles inline too (MudBlazor writes style attributes), images
/// also as data: URIs (the QR codes), the circuit's WebSocket through connect-src 'self'; no framing, no plugins.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string NonceKey = "sopdesk:csp-nonce";
    private const string FileKey = "sopdesk:csp-file";

    /// <summary>
    /// The response is an uploaded file, not a page: it gets a sandbox policy that runs nothing, whatever the bytes are.
    /// </summary>
    public static void ServeAsFile(HttpContext http) => http.Items[FileKey] = true;

    /// <summary>The nonce this response's policy allows an inline script with (App.razor gives it to &lt;ImportMap&gt;).</summary>
    public static string NonceOf(HttpContext http) => http.Items[NonceKey] as string ?? "";

    public Task InvokeAsync(HttpContext http)
    {
        // Hex: a base64 '+' or '/' would be HTML-encoded in the attribute while the header carries it raw.
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        http.Items[NonceKey] = nonce;
        // Set as the answer starts, so this policy replaces the frame-ancestors-only one Blazor's endpoints add.
        http.Response.OnStarting(() =>
        {
            Apply(http.Response.Headers, nonce);
            if (http.Items.ContainsKey(FileKey))
                http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";
            return Task.CompletedTask;
        });
        return next(http);
    }

    private static void Apply(IHeaderDictionary headers, string nonce)
    {
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers.ContentSecurityPolicy =
            $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
            "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }
}
