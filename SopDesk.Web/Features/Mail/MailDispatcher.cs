using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.Mail;

/// <summary>What one dispatch pass did.</summary>
public sealed record DispatchReport(int Picked, int Sent, int Failed, int GaveUp)
{
    public static readonly DispatchReport None = new(0, 0, 0, 0);
}

/// <summary>
/// Sends the outbox: every few seconds (at once when <see cref="MailSignal"/> is poked) it queues the status mails
/// (<see cref="CaseStatusMailer"/>), then sends due unsent mails oldest first, in small batches. Each mail is first claimed
/// with a guarded UPDATE (its NextAttemptAt moved a lease ahead, only if nobody moved it since it was read), so two app
/// instances on one database never send the same mail. A failure only moves the mail's next attempt back (1, 2, 4 … minutes,
/// up to an hour); after <see cref="MailSettings.MaxAttempts"/> it is given up and shown to administrators. The change the
/// mail tells of was committed long before: nothing here can undo or block it. Without a transport (Production without an
/// SMTP server) mails stay queued.
/// </summary>
public sealed class MailDispatcher(IDbContextFactory<SopDeskDbContext> contexts, MailSettings settings, IMailTransport? transport,
    CaseStatusMailer statusMails, MailSignal signal, OfficeTime time, TimeProvider clock, ILogger<MailDispatcher> log) : BackgroundService
{
    public async Task<DispatchReport> SendDueAsync(CancellationToken ct = default)
    {
        if (transport is null) return DispatchReport.None;
        var now = time.Now;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var due = await db.OutgoingMails.AsNoTracking()
            .Where(m => m.SentAt == null && !m.GaveUp && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id).Take(settings.BatchSize).ToListAsync(ct);
        var (sent, failed, gaveUp) = (0, 0, 0);
        foreach (var mail in due)
        {
            var claimedUntil = now + settings.ClaimLease;
            var claimed = await db.OutgoingMails
                .Where(m => m.Id == mail.Id && m.SentAt == null && !m.GaveUp && m.Attempts == mail.Attempts && m.NextAttemptAt == mail.NextAttemptAt)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAt, claimedUntil), ct);
            if (claimed == 0) continue; // another dispatcher has it
            try
            {
                await transport.SendAsync(MailComposer.Compose(settings, mail, now), ct);
                await Mine(db, mail.Id, claimedUntil).ExecuteUpdateAsync(set => set.SetProperty(m => m.SentAt, time.Now), ct);
                sent++;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                var attempts = mail.Attempts + 1;
                var giveUp = attempts >= settings.MaxAttempts;
                var error = Truncate($"{e.GetType().Name}: {e.Message}", 1000);
                await Mine(db, mail.Id, claimedUntil).ExecuteUpdateAsync(set => set
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.GaveUp, giveUp)
                    .SetProperty(m => m.NextAttemptAt, time.Now + settings.Backoff(attempts)), ct);
                failed++;
                if (giveUp)
                {
                    gaveUp++;
                    log.LogError("Mail {Id} ({Kind}) given up after {Attempts} attempts: {Error}", mail.Id, mail.Kind, attempts, error);
                }
                else log.LogWarning("Mail {Id} ({Kind}) failed (attempt {Attempts}); retrying later: {Error}", mail.Id, mail.Kind, attempts, error);
            }
        }
        return new DispatchReport(due.Count, sent, failed, gaveUp);
    }

    /// <summary>The row as this dispatcher claimed it (a lease that ran out and was taken over is no longer ours to mark).</summary>
    private static IQueryable<OutgoingMailRecord> Mine(SopDeskDbContext db, long id, DateTimeOffset claimedUntil) =>
        db.OutgoingMails.Where(m => m.Id == id && m.SentAt == null && m.NextAttemptAt == claimedUntil);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        AnnounceRoute();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await statusMails.RunAsync(stoppingToken);
                DispatchReport report;
                do report = await SendDueAsync(stoppingToken);
                while (report.Picked == settings.BatchSize && report.Sent > 0);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Mail pass failed; retrying in {Interval}", settings.PollInterval);
            }
            try { await signal.WaitAsync(settings.PollInterval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    private void AnnounceRoute()
    {
        switch (settings.Route)
        {
            case MailRoute.Smtp:
                log.LogInformation("Mail is sent through SMTP server {Host}:{Port}", settings.SmtpHost, settings.SmtpPort);
                break;
            case MailRoute.PickupFolder:
                log.LogInformation("Development without an SMTP server: mail is written as .eml files to {Folder}", settings.PickupFolder);
                break;
            default:
                log.LogWarning("No SMTP server is configured (Mail:Smtp:Host): mail is NOT sent and stays queued until one is set "
                    + "(nothing is lost; see /admin/surel).");
                break;
        }
    }
}
