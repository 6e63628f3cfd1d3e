using MailKit.Net.Smtp;
using MimeKit;

namespace SopDesk.Web.Features.Mail;

/// <summary>Sends through the configured SMTP server with MailKit, one connection per message (mails are few and far between).</summary>
public sealed class SmtpMailTransport(MailSettings settings) : IMailTransport
{
    /// <summary>Kept well under the dispatcher's claim lease, so a hung server never lets another dispatcher send the same mail.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.SmtpHost ?? throw new InvalidOperationException("Mail:Smtp:Host is not set."), settings.SmtpPort, settings.SmtpSecurity, ct);
        if (settings.SmtpUser is { } user) await client.AuthenticateAsync(user, settings.SmtpPassword ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
