using System.Text;
using MimeKit;
using SopDesk.Data.Entities;

namespace SopDesk.Web.Features.Mail;

/// <summary>The MIME message of a queued mail: plain text in UTF-8, from the configured sender.</summary>
public static class MailComposer
{
    public static MimeMessage Compose(MailSettings settings, OutgoingMailRecord mail, DateTimeOffset now)
    {
        var message = new MimeMessage { Subject = mail.Subject, Date = now };
        message.From.Add(settings.From.Clone());
        message.To.Add(MailboxAddress.Parse(mail.To));
        // One Message-Id per queued row: a mail sent twice (a crash after the server took it) is recognisable as one.
        message.MessageId = $"sopdesk-{mail.Id}-{mail.CreatedAt.ToUnixTimeSeconds()}@{settings.From.Domain}";
        var body = new TextPart("plain");
        body.SetText(Encoding.UTF8, mail.TextBody);
        message.Body = body;
        return message;
    }
}
