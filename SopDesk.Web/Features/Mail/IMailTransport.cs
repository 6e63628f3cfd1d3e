using MimeKit;

namespace SopDesk.Web.Features.Mail;

/// <summary>Hands one message to whatever carries it (an SMTP server, a folder). Throws when it could not; the dispatcher retries.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
