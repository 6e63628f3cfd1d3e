using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Features.Uploads;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Layanan.Applications;

/// <summary>The answer to a posted application: either the berkas's status token, or the form again with its problems.</summary>
public sealed record ApplyResult(string? StatusToken, Intake Intake, string? Message)
{
    public bool Ok => StatusToken is not null;
}

/// <summary>
/// The applicant's two writes: a new application (the first step with its uploads, one transaction) and the resubmission of
/// a berkas that came back "tidak lengkap" (new uploads replace the old ones in the same transaction as the step).
/// </summary>
public sealed class OnlineApplications(CaseService cases, ApplicationIntake intake, FormTokens tokens, UploadService uploads,
    IDbContextFactory<SopDeskDbContext> contexts, OfficeTime time, ILogger<OnlineApplications> log)
{
    public const string SubmissionField = "pengajuan";

    public async Task<ApplyResult> ApplyAsync(SopDefinition definition, PublicAccountRecord account, IFormCollection form, CancellationToken ct)
    {
        var step = definition.Steps[0];
        var submission = tokens.ReadSubmission(form[SubmissionField], account.Id);
        // A second post of the same form (a double click) goes to the first one's receipt before any file is stored again.
        if (submission is { } sent && await ExistingAsync(sent, account.Id, ct) is { } already) return new(already, new Intake(), null);
        var read = await intake.ReadAsync(definition, step, account, form, u => u.Required, ct);
        if (submission is null)
            return new(null, read, "Formulir ini tidak dapat diperiksa (mungkin sudah terlalu lama terbuka). Periksa isian, lalu kirim lagi.");
        if (!read.Ok) return new(null, read, "Periksa isian dan berkas yang ditandai.");

        var actor = Actor.Applicant(account.Id, account.Name);
        CommandOutcome outcome;
        try
        {
            var (done, started) = await cases.StartOnlineAsync(definition, actor, new OnlineOwner(account.Id, account.Name, account.Email),
                read.Values, submission.Value, (db, caseId) => db.Uploads.AddRange(ApplicationIntake.Records(caseId, read, actor.UserId, time.Now)), ct);
            if (started is not null) return new(started.StatusToken, read, null);
            outcome = done;
        }
        catch (DbUpdateException e)
        {
            log.LogInformation(e, "Online application {Submission} was not written (a second post of the same form?)", submission);
            outcome = CommandOutcome.Failed("Pengajuan belum tersimpan. Kirim lagi; berkas yang sudah diterima tidak perlu diunggah ulang.");
        }
        // The same form posted twice at once: the other post created the berkas under this submission id.
        if (await ExistingAsync(submission.Value, account.Id, ct) is { } other)
        {
            foreach (var stored in read.StoredNow) uploads.Discard(stored);
            return new(other, read, null);
        }
        foreach (var (id, error) in outcome.FieldErrors) read.FieldErrors[id] = error;
        return new(null, read, outcome.Message ?? "Periksa isian yang ditandai.");
    }

    /// <summary>Resubmits the open applicant step of the account's own berkas: fields corrected, refused documents replaced.</summary>
    public async Task<ApplyResult> ResubmitAsync(OnlineCaseView view, PublicAccountRecord account, IFormCollection form, CancellationToken ct)
    {
        var definition = view.Definition;
        var step = view.OpenStep!;
        var current = view.Uploads.ToDictionary(u => u.UploadId);
        var read = await intake.ReadAsync(definition, step, account, form,
            u => current.TryGetValue(u.Id, out var had) ? had.Status == UploadStatus.Refused : u.Required, ct);
        if (!read.Ok) return new(null, read, "Periksa isian dan berkas yang ditandai.");

        var actor = Actor.Applicant(account.Id, account.Name);
        var now = time.Now;
        var outcome = await cases.CompleteOnlineAsync(view.CaseId, actor, read.Values, db =>
        {
            var replaced = read.Files.Keys.ToHashSet();
            var old = db.Uploads.Where(u => u.CaseId == view.CaseId && u.Status != UploadStatus.Replaced).AsEnumerable()
                .Where(u => replaced.Contains(u.UploadId)).ToList();
            var added = ApplicationIntake.Records(view.CaseId, read, actor.UserId, now).ToList();
            db.Uploads.AddRange(added);
            foreach (var record in old)
            {
                record.Status = UploadStatus.Replaced;
                record.ReplacedById = added.First(a => a.UploadId == record.UploadId).Id;
            }
        }, ct);
        if (outcome.Ok) return new(view.StatusToken, read, null);
        foreach (var (id, error) in outcome.FieldErrors) read.FieldErrors[id] = error;
        return new(null, read, outcome.Message ?? "Periksa isian yang ditandai.");
    }

    private async Task<string?> ExistingAsync(Guid caseId, Guid accountId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.OnlineCases.Where(o => o.CaseId == caseId && o.AccountId == accountId).Select(o => o.StatusToken).FirstOrDefaultAsync(ct);
    }
}
