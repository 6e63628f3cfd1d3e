using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Calendar;

namespace SopDesk.Web.Features.Mail;

public sealed partial class CaseStatusMailer
{
    public const string ReminderKind = "batas-pemohon";

    /// <summary>
    /// The applicant's own limit runs out soon: the SLA watcher decides when (it marks the open item DueSoon within the step's
    /// remindBefore and journals nothing), and the applicant is mailed once per visit of the step — the outbox row itself is the
    /// record of it (a reminder queued since the item arrived).
    /// </summary>
    private async Task<int> RemindApplicantsAsync(CancellationToken ct)
    {
        const string dueSoon = nameof(DueState.DueSoon);
        List<Guid> items;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            items = await db.WorkItems.AsNoTracking()
                .Where(w => w.Status == WorkItemStatus.Open && w.ApplicantDueAt != null && w.SlaState == dueSoon)
                .Where(w => WithAddress(db).Any(o => o.CaseId == w.CaseId))
                .Where(w => !db.OutgoingMails.Any(m => m.CaseId == w.CaseId && m.Kind == ReminderKind && m.CreatedAt >= w.ArrivedAt))
                .Select(w => w.Id).ToListAsync(ct);
        }
        var queued = 0;
        foreach (var itemId in items)
            if (await RemindAsync(itemId, ct)) queued++;
        return queued;
    }

    private async Task<bool> RemindAsync(Guid itemId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.TakeTurnAsync($"reminder:{itemId}", ct);
        var item = await db.WorkItems.AsNoTracking().FirstAsync(w => w.Id == itemId, ct);
        // Checked again inside the write transaction: another instance may have queued it since.
        if (item.Status != WorkItemStatus.Open || item.ApplicantDueAt is not { } until
            || await db.OutgoingMails.AnyAsync(m => m.CaseId == item.CaseId && m.Kind == ReminderKind && m.CreatedAt >= item.ArrivedAt, ct))
            return false;
        var online = await db.OnlineCases.AsNoTracking().FirstAsync(o => o.CaseId == item.CaseId, ct);
        if (await RecipientAsync(db, online, ct) is not { } recipient) return false;
        var number = await db.Cases.Where(c => c.Id == item.CaseId).Select(c => c.Number).FirstAsync(ct);
        var body = $"Yth. {recipient.Name},\n\nBerkas {number} menunggu Anda melengkapinya. Batas waktu Anda: {time.FormatDateTime(until)}.\n"
            + "Bila tidak dilengkapi sampai batas itu, berkas dapat ditutup.\n\n"
            + $"Lengkapi berkas Anda: {StatusLink(online)}\n\nSurel ini dikirim otomatis oleh Layanan Online; mohon tidak membalas surel ini.\n";
        Outbox.Enqueue(db, recipient.Email, $"Berkas {number}: batas waktu Anda segera habis", body, ReminderKind, time.Now, item.CaseId, online.AccountId);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
