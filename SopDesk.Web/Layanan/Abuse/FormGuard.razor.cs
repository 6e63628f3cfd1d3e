using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.DataProtection;
using SopDesk.Web.Layanan.Shell;

namespace SopDesk.Web.Layanan.Abuse;

/// <summary>
/// Abuse control without CAPTCHA for the public forms: a honeypot field hidden by CSS (and from screen readers) that only a
/// machine fills, and the data-protected moment the form was rendered, so a post sent back faster than a person can type
/// ("Layanan:MinFillSeconds") or carrying a made-up moment is refused. The page calls <see cref="Refusal"/> on submit.
/// </summary>
public sealed partial class FormGuard
{
    public const string HoneypotField = "kontak_tambahan";
    public const string RenderedField = "layanan_dibuka";
    private const string Purpose = "SopDesk.Layanan.FormGuard";

    public const string TooFast = "Formulir dikirim terlalu cepat. Tunggu beberapa detik, periksa isian Anda, lalu kirim lagi.";
    public const string NotReadable = "Formulir ini tidak dapat diperiksa. Muat ulang halaman, lalu kirim lagi.";
    public const string Refused = "Formulir tidak dapat diterima.";

    [Inject] private IDataProtectionProvider Protection { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private string _rendered = "";

    protected override void OnInitialized() =>
        _rendered = Protector(Protection).Protect(Clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));

    /// <summary>Why this post is refused (an Indonesian sentence for the page's top), or null when it looks like a person's.</summary>
    public static string? Refusal(HttpContext http)
    {
        if (!http.Request.HasFormContentType) return NotReadable;
        var form = http.Request.Form;
        if (!string.IsNullOrEmpty(form[HoneypotField])) return Refused;
        var services = http.RequestServices;
        if (ReadRendered(services.GetRequiredService<IDataProtectionProvider>(), form[RenderedField]) is not { } rendered) return NotReadable;
        var minimum = TimeSpan.FromSeconds(services.GetRequiredService<LayananSettings>().MinFillSeconds);
        var elapsed = services.GetRequiredService<TimeProvider>().GetUtcNow() - rendered;
        return elapsed < minimum ? TooFast : null;
    }

    private static DateTimeOffset? ReadRendered(IDataProtectionProvider protection, string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            var ticks = long.Parse(Protector(protection).Unprotect(token), CultureInfo.InvariantCulture);
            return new DateTimeOffset(ticks, TimeSpan.Zero);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static IDataProtector Protector(IDataProtectionProvider protection) => protection.CreateProtector(Purpose);
}
