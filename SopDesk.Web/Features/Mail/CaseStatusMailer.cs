using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Mail;

/// <summary>
/// Status mails derived from the journal: for each berkas started online whose owner has an email address, the journal lines
/// after <see cref="OnlineCaseRecord.NotifiedJournalId"/> that matter to the applicant become one mail, queued in the same
/// transaction that moves NotifiedJournalId past them. So a crash loses nothing (the lines are still after the mark) and
/// repeats nothing (mail and mark are committed together); the transaction (BEGIN IMMEDIATE on SQLite, a lock on the berkas on
/// PostgreSQL: RawSql.TakeTurnAsync) also keeps two app instances from telling the same lines twice. Nothing is written by the acts themselves: the berkas page and the engine need
/// not know that mails exist.
/// </summary>
public sealed partial class CaseStatusMailer(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, OfficeTime time,
    MailSettings settings, ILogger<CaseStatusMailer> log)
{
    public const string Kind = "status-berkas";

    /// <summary>The engine's acts an applicant is told of; everything else (claims, disposisi, views, corrections) is the office's.</summary>
    private static readonly HashSet<string> Told =
    [
        nameof(JournalAction.CaseStarted), nameof(JournalAction.StepCompleted), nameof(JournalAction.ReturnedToApplicant),
        nameof(JournalAction.Resubmitted), nameof(JournalAction.Paraf), nameof(JournalAction.Signed), nameof(JournalAction.CaseClosed),
        nameof(JournalAction.ApplicantLimitExpired),
    ];

    /// <summary>One pass: every berkas with untold journal lines (status mails), then applicants' limits running out (reminders).</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        List<Guid> pending;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            pending = await WithAddress(db)
                .Where(o => db.Journal.Any(j => j.CaseId == o.CaseId && j.Id > o.NotifiedJournalId))
                .OrderBy(o => o.SubmittedAt).Select(o => o.CaseId).ToListAsync(ct);
        }
        var queued = 0;
        foreach (var caseId in pending)
            if (await TellAsync(caseId, ct)) queued++;
        queued += await RemindApplicantsAsync(ct);
        if (queued > 0) log.LogInformation("Queued {Count} status mail(s) for online berkas", queued);
        return queued;
    }

    /// <summary>Online berkas whose owner can be written to: a confirmed account address, or a complaint's contact address.</summary>
    private static IQueryable<OnlineCaseRecord> WithAddress(SopDeskDbContext db) =>
        db.OnlineCases.Where(o => o.AccountId == null
            ? o.ContactEmail != null
            : db.PublicAccounts.Any(a => a.Id == o.AccountId && a.Email != null && a.EmailConfirmedAt != null));

    /// <summary>Tells one berkas's untold lines; true when a mail was queued.</summary>
    private async Task<bool> TellAsync(Guid caseId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.TakeTurnAsync($"status-mail:{caseId}", ct);
        var online = await db.OnlineCases.FirstAsync(o => o.CaseId == caseId, ct);
        var lines = await db.Journal.AsNoTracking().Where(j => j.CaseId == caseId && j.Id > online.NotifiedJournalId).OrderBy(j => j.Id).ToListAsync(ct);
        if (lines.Count == 0 || await RecipientAsync(db, online, ct) is not { } recipient) return false;
        var firstNotice = online.NotifiedJournalId == 0;
        online.NotifiedJournalId = lines[^1].Id;
        // The applicant's own step at the start is told by "diterima"; officers' holds, views and internal corrections are not told.
        var told = lines.Where(l => Told.Contains(l.Action) && !(l.Action == nameof(JournalAction.StepCompleted) && l.ActorUserId.StartsWith("layanan:"))).ToList();
        var queued = false;
        if (told.Count > 0 && await FactsAsync(db, online, recipient.Name, firstNotice, told, ct) is { } facts)
        {
            Outbox.Enqueue(db, recipient.Email, StatusMailText.Subject(facts), StatusMailText.Body(facts, time.FormatDateTime), Kind, time.Now,
                caseId, online.AccountId);
            queued = true;
        }
        await db.SaveChangesAsync(ct); // the mail and the new mark: one SaveChanges, one transaction
        await tx.CommitAsync(ct);
        return queued;
    }

    private sealed record Recipient(string Email, string Name);

    private static async Task<Recipient?> RecipientAsync(SopDeskDbContext db, OnlineCaseRecord online, CancellationToken ct)
    {
        if (online.AccountId is not { } accountId)
            return online.ContactEmail is { } contact ? new(contact, online.ContactName ?? "Bapak/Ibu") : null;
        var account = await db.PublicAccounts.AsNoTracking().Where(a => a.Id == accountId && a.EmailConfirmedAt != null && a.Email != null)
            .Select(a => new { a.Email, a.Name }).FirstOrDefaultAsync(ct);
        return account is null ? null : new(account.Email!, account.Name);
    }

    private async Task<StatusMailFacts?> FactsAsync(SopDeskDbContext db, OnlineCaseRecord online, string name, bool firstNotice,
        IReadOnlyList<JournalRecord> told, CancellationToken ct)
    {
        var row = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == online.CaseId, ct);
        if (row is null) return null;
        var definition = await catalog.GetVersionAsync(row.DefinitionId, row.DefinitionHash, ct);
        var open = await db.WorkItems.AsNoTracking().Where(w => w.CaseId == row.Id && w.Status == WorkItemStatus.Open)
            .Select(w => new { w.StepId, w.DueAt, w.ApplicantDueAt }).FirstOrDefaultAsync(ct);
        var events = told.Select(l => new StatusEvent(l.At, Enum.Parse<JournalAction>(l.Action), StepOf(definition, l.StepId))).ToList();
        var (note, refused) = row.Status == CaseStatus.WaitingOnApplicant ? await ReturnReasonsAsync(db, row.Id, definition, ct) : (null, []);
        return new StatusMailFacts(name, row.Number, definition, firstNotice, events, row.Status, row.EndId,
            StepOf(definition, open?.StepId), open?.DueAt, open?.ApplicantDueAt, note, refused, StatusLink(online));
    }

    /// <summary>The return's note (meant for the applicant) and the documents refused with their reasons.</summary>
    private static async Task<(string? Note, IReadOnlyList<RefusedDocument> Refused)> ReturnReasonsAsync(SopDeskDbContext db, Guid caseId,
        SopDefinition definition, CancellationToken ct)
    {
        var note = await db.WorkItems.AsNoTracking()
            .Where(w => w.CaseId == caseId && w.Status == WorkItemStatus.Done && w.OutcomeId != null)
            .OrderByDescending(w => w.Sequence).Select(w => new { w.StepId, w.OutcomeId, w.Note }).FirstOrDefaultAsync(ct);
        var isReturn = note is not null && definition.Steps.FirstOrDefault(s => s.Id == note.StepId)?.Outcomes
            .FirstOrDefault(o => o.Id == note.OutcomeId)?.Kind == OutcomeKind.Return;
        var refused = await db.Uploads.AsNoTracking().Where(u => u.CaseId == caseId && u.Status == UploadStatus.Refused)
            .OrderBy(u => u.UploadedAt).Select(u => new { u.UploadId, u.OriginalName, u.ReviewNote }).ToListAsync(ct);
        return (isReturn ? note!.Note : null,
            refused.Select(u => new RefusedDocument(definition.Online?.Upload(u.UploadId)?.Label ?? u.UploadId, u.OriginalName, u.ReviewNote)).ToList());
    }

    private static Step? StepOf(SopDefinition definition, string? stepId) =>
        stepId is null ? null : definition.Steps.FirstOrDefault(s => s.Id == stepId);

    /// <summary>The owner's public page of the berkas: a complaint's own page, else the status page.</summary>
    public string StatusLink(OnlineCaseRecord online) => settings.PublicBaseUrl + SopDesk.Web.Layanan.OnlineLinks.PathOf(online);
}
