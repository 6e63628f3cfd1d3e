using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Uploads;

/// <summary>One declared document of an online berkas as the officer sees it in the panel.</summary>
public sealed record UploadRow(UploadRecord Record, string Label, string? Requirement);

/// <summary>What the panel shows: the uploads, and whether this officer may judge them now (the completeness check is theirs).</summary>
public sealed record UploadPanel(Guid CaseId, IReadOnlyList<UploadRow> Rows, bool MayReview);

/// <summary>
/// The officer's view and judgement of an online berkas's uploads. Shown only to staff who may see the berkas's personal
/// data; judged (Sesuai / Tidak sesuai + alasan) only by the officer who may complete its open completeness-check step —
/// both read from the database at each call. A refusal's reason is what the applicant reads when the berkas is returned.
/// </summary>
public sealed class UploadReviewService(IDbContextFactory<SopDeskDbContext> contexts, CaseService cases, CurrentStaff current, OfficeTime time)
{
    public const string ReviewedAction = JournalActions.UploadReviewed;
    public const int NoteMaxLength = 500;

    /// <summary>Null when the berkas was not applied for online or the officer may not see its personal data.</summary>
    public async Task<UploadPanel?> LoadAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        // Most berkas were not applied for online: one small query answers them before the berkas's full load.
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.OnlineCases.AnyAsync(o => o.CaseId == caseId, ct)) return null;
        if (await cases.GetDetailAsync(caseId, user, ct) is not { SeesPersonalData: true } detail) return null;
        var records = await db.Uploads.AsNoTracking().Where(u => u.CaseId == caseId && u.Status != UploadStatus.Replaced).ToListAsync(ct);
        // In the SOP file's order; an upload whose declaration a newer version dropped shows by its id, last.
        var declared = (detail.Definition.Online?.Uploads ?? []).Select((d, i) => (d, i)).ToDictionary(x => x.d.Id);
        if (declared.Count == 0 && records.Count == 0) return null; // a SOP without uploads (e.g. a vacancy): no empty panel
        var rows = records
            .OrderBy(r => declared.TryGetValue(r.UploadId, out var x) ? x.i : int.MaxValue).ThenBy(r => r.UploadedAt.UtcTicks)
            .Select(r => declared.TryGetValue(r.UploadId, out var x) ? new UploadRow(r, x.d.Label, x.d.Requirement) : new UploadRow(r, r.UploadId, null))
            .ToList();
        return new UploadPanel(caseId, rows, MayReview(detail));
    }

    /// <summary>Records the officer's judgement of one upload; null when saved, else the refusal's message.</summary>
    public async Task<string?> ReviewAsync(Guid caseId, Guid uploadId, bool fits, string? note, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var detail = await cases.GetDetailAsync(caseId, user, ct);
        if (detail is null || !detail.SeesPersonalData || !MayReview(detail))
            return "Anda tidak dapat memeriksa dokumen ini sekarang: hanya petugas yang memegang langkah pemeriksaan kelengkapan berkas ini.";
        note = note?.Trim();
        if (!fits && string.IsNullOrEmpty(note)) return "Tulis alasan mengapa dokumen tidak sesuai; alasan ini dibaca pemohon.";
        if (note is { Length: > NoteMaxLength }) return $"Alasan paling panjang {NoteMaxLength} karakter.";
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.Uploads.FirstOrDefaultAsync(u => u.Id == uploadId && u.CaseId == caseId && u.Status != UploadStatus.Replaced, ct);
        if (record is null) return "Dokumen tidak ditemukan (mungkin sudah diganti pemohon).";
        if (await current.CheckAsync(user, ct: ct) is not { Actor: { } actor }) return CurrentStaff.SignedOutMessage;
        var now = time.Now;
        record.Status = fits ? UploadStatus.Accepted : UploadStatus.Refused;
        record.ReviewNote = fits ? null : note;
        record.ReviewedAt = now;
        record.ReviewedByUserId = actor.UserId;
        var label = detail.Definition.Online?.Upload(record.UploadId)?.Label ?? record.UploadId;
        db.Journal.Add(JournalRecord.For(actor, now, ReviewedAction,
            fits ? $"Dokumen {label} dinyatakan sesuai" : $"Dokumen {label} dinyatakan tidak sesuai: {note}", caseId, stepId: detail.State.OpenItem?.StepId));
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The open step is a completeness check (it has a checklist) and this officer may complete it.</summary>
    private static bool MayReview(CaseDetail detail) =>
        detail.State.OpenItem is { } open && !detail.Definition.Step(open.StepId).Checklist.IsDefaultOrEmpty
        && detail.Allowed.Any(a => a.Command == CommandKind.Complete);
}
