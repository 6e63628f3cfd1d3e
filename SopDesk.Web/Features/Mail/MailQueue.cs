using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;

namespace SopDesk.Web.Features.Mail;

/// <summary>An unsent mail as administrators see it: the recipient partly masked, never the body.</summary>
public sealed record QueuedMail(long Id, string Recipient, string Subject, string Kind, Guid? CaseId, DateTimeOffset CreatedAt, int Attempts,
    DateTimeOffset NextAttemptAt, string? LastError, bool GaveUp)
{
    public string State => GaveUp ? "Dihentikan" : Attempts > 0 ? "Gagal, dicoba lagi" : "Antre";
}

/// <summary>
/// The administrators' view of the outbox (/admin/surel): mails not sent yet — queued, failing, given up — and "Kirim ulang"
/// for a given-up mail, journaled. Each call checks the administrator against the database now.
/// </summary>
public sealed class MailQueue(IDbContextFactory<SopDeskDbContext> contexts, CurrentStaff current, OfficeTime time, MailSignal signal)
{
    public const string ResentAction = "MailResent";
    public const string NotAdministrator = "Hanya administrator yang boleh melihat antrean surel.";
    private const int Shown = 200;

    public async Task<IReadOnlyList<QueuedMail>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        await current.RequireAdministratorAsync(user, NotAdministrator, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.OutgoingMails.AsNoTracking().Where(m => m.SentAt == null)
            .OrderByDescending(m => m.GaveUp).ThenByDescending(m => m.Attempts).ThenBy(m => m.Id).Take(Shown).ToListAsync(ct);
        return rows.Select(m => new QueuedMail(m.Id, Mask(m.To), m.Subject, m.Kind, m.CaseId, m.CreatedAt, m.Attempts, m.NextAttemptAt, m.LastError, m.GaveUp))
            .ToList();
    }

    /// <summary>A given-up mail goes back to the queue with its attempts counted afresh; null when done, else why not.</summary>
    public async Task<string?> ResendAsync(long id, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var check = await current.CheckAdministratorAsync(user, NotAdministrator, ct);
        if (check.Actor is not { } actor) return check.Refusal;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var mail = await db.OutgoingMails.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (mail is null) return "Surel tidak ditemukan.";
        if (mail.SentAt is not null || !mail.GaveUp) return "Surel ini tidak dihentikan; dispatcher masih mencobanya.";
        var now = time.Now;
        (mail.GaveUp, mail.Attempts, mail.NextAttemptAt) = (false, 0, now);
        db.Journal.Add(JournalRecord.For(actor, now, ResentAction, $"Surel #{mail.Id} ({mail.Kind}) kepada {Mask(mail.To)} dikirim ulang: {mail.Subject}",
            caseId: mail.CaseId, actingAs: Roles.Admin));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        signal.Poke();
        return null;
    }

    /// <summary>"si***@contoh.go.id": enough to recognise a mistyped domain, not enough to read the address.</summary>
    public static string Mask(string address)
    {
        var at = address.LastIndexOf('@');
        if (at <= 0) return "***";
        var local = address[..at];
        return $"{local[..Math.Min(2, local.Length)]}***{address[at..]}";
    }
}
