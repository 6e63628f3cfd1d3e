using SopDesk.Data;
using SopDesk.Data.Entities;

namespace SopDesk.Web.Features.Mail;

/// <summary>
/// Queues an email in the caller's unit of work: the row is saved with the change it tells of (one SaveChanges, one
/// transaction), and the dispatcher sends it later with retries. Nothing here talks to a mail server.
/// </summary>
public static class Outbox
{
    public static OutgoingMailRecord Enqueue(SopDeskDbContext db, string to, string subject, string textBody, string kind,
        DateTimeOffset now, Guid? caseId = null, Guid? accountId = null)
    {
        var mail = new OutgoingMailRecord
        {
            To = to, Subject = subject, TextBody = textBody, Kind = kind, CaseId = caseId, AccountId = accountId,
            CreatedAt = now, NextAttemptAt = now,
        };
        db.OutgoingMails.Add(mail);
        return mail;
    }
}
