using MailKit.Security;
using MimeKit;

namespace SopDesk.Web.Features.Mail;

/// <summary>How mail leaves the office.</summary>
public enum MailRoute
{
    /// <summary>Through the SMTP server of Mail:Smtp:Host.</summary>
    Smtp,
    /// <summary>As .eml files in <see cref="MailSettings.PickupFolder"/> (Development without an SMTP server).</summary>
    PickupFolder,
    /// <summary>Nowhere yet: mails stay queued until an SMTP server is configured (Production without one).</summary>
    QueueOnly,
}

/// <summary>
/// The "Mail" section of appsettings: who mails come from, the SMTP server or the pickup folder, the public address the links
/// in mails point to, and how the dispatcher retries. <see cref="Route"/> is decided once, from the settings and the environment.
/// </summary>
public sealed record MailSettings
{
    public const string DefaultFrom = "Layanan Online <no-reply@localhost>";

    public MailboxAddress From { get; init; } = MailboxAddress.Parse(DefaultFrom);
    public string? SmtpHost { get; init; }
    public int SmtpPort { get; init; } = 25;
    /// <summary>MailKit's choice (Auto, None, SslOnConnect, StartTls, StartTlsWhenAvailable); "true"/"false" read as Auto/None.</summary>
    public SecureSocketOptions SmtpSecurity { get; init; } = SecureSocketOptions.Auto;
    public string? SmtpUser { get; init; }
    public string? SmtpPassword { get; init; }
    public string PickupFolder { get; init; } = "";
    /// <summary>Where the public side is reached from outside: links in mails start with it (no trailing slash).</summary>
    public string PublicBaseUrl { get; init; } = "http://localhost:5000";
    /// <summary>Attempts before a mail is given up (it stays in the table, shown on /admin/surel).</summary>
    public int MaxAttempts { get; init; } = 8;
    /// <summary>The wait after the first failure; it doubles after each further failure, up to <see cref="RetryMax"/>.</summary>
    public TimeSpan RetryBase { get; init; } = TimeSpan.FromMinutes(1);
    public TimeSpan RetryMax { get; init; } = TimeSpan.FromHours(1);
    /// <summary>How often the dispatcher looks when nobody signals a new mail.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);
    /// <summary>Mails sent per pass (oldest first); the next pass follows at once when a batch was full.</summary>
    public int BatchSize { get; init; } = 20;
    /// <summary>How long a claimed mail is reserved for the dispatcher sending it (longer than any send takes).</summary>
    public TimeSpan ClaimLease { get; init; } = TimeSpan.FromMinutes(5);
    /// <summary>Runs the dispatcher's loop (tests may call <see cref="MailDispatcher.SendDueAsync"/> themselves instead).</summary>
    public bool Dispatch { get; init; } = true;
    public MailRoute Route { get; init; } = MailRoute.QueueOnly;

    /// <summary>The wait after the <paramref name="failures"/>-th failed attempt: 1, 2, 4 … minutes, capped.</summary>
    public TimeSpan Backoff(int failures)
    {
        var factor = Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        var wait = RetryBase * factor;
        return wait > RetryMax ? RetryMax : wait;
    }

    public static MailSettings Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var defaults = new MailSettings();
        var section = configuration.GetSection("Mail");
        var smtp = section.GetSection("Smtp");
        var host = smtp["Host"] is { Length: > 0 } h ? h.Trim() : null;
        var pickup = section["PickupFolder"] is { Length: > 0 } folder ? folder : Path.Combine("App_Data", "mail");
        return defaults with
        {
            From = MailboxAddress.Parse(section["From"] is { Length: > 0 } from ? from : DefaultFrom),
            SmtpHost = host,
            SmtpPort = smtp.GetValue("Port", defaults.SmtpPort),
            SmtpSecurity = Security(smtp["UseSsl"]),
            SmtpUser = smtp["User"] is { Length: > 0 } user ? user : null,
            SmtpPassword = smtp["Password"],
            PickupFolder = Path.GetFullPath(pickup, environment.ContentRootPath),
            PublicBaseUrl = (section["PublicBaseUrl"] is { Length: > 0 } url ? url : defaults.PublicBaseUrl).TrimEnd('/'),
            MaxAttempts = Math.Max(1, section.GetValue("MaxAttempts", defaults.MaxAttempts)),
            RetryBase = section.GetValue("RetryBase", defaults.RetryBase),
            RetryMax = section.GetValue("RetryMax", defaults.RetryMax),
            PollInterval = section.GetValue("PollInterval", defaults.PollInterval),
            BatchSize = Math.Max(1, section.GetValue("BatchSize", defaults.BatchSize)),
            ClaimLease = section.GetValue("ClaimLease", defaults.ClaimLease),
            Dispatch = section.GetValue("Dispatch", defaults.Dispatch),
            Route = host is not null ? MailRoute.Smtp : environment.IsDevelopment() ? MailRoute.PickupFolder : MailRoute.QueueOnly,
        };
    }

    private static SecureSocketOptions Security(string? value) => value?.Trim() switch
    {
        null or "" => SecureSocketOptions.Auto,
        var v when bool.TryParse(v, out var on) => on ? SecureSocketOptions.Auto : SecureSocketOptions.None,
        var v when Enum.TryParse<SecureSocketOptions>(v, ignoreCase: true, out var option) => option,
        var v => throw new InvalidOperationException(
            $"Mail:Smtp:UseSsl \"{v}\" tidak dikenal; gunakan Auto, None, SslOnConnect, StartTls atau StartTlsWhenAvailable."),
    };
}
