using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.LaborMarket.Placements;

/// <summary>
/// An officer undoes a wrong placement (decision 025): the row is removed (a wrong placement must not count in the figures),
/// the profile returns to Active (unless another placement of the person remains), the application goes back to
/// "Dipanggil", and the journal keeps who, when, what and the reason. The reason is required.
/// </summary>
public sealed class PlacementUndo(IDbContextFactory<SopDeskDbContext> contexts, PlacementRecorder recorder, OfficeTime time)
{
    public const int ReasonMinLength = 10;

    /// <summary>Null when undone; else the Indonesian message (the reason's field, or a refusal).</summary>
    public async Task<string?> CancelAsync(ClaimsPrincipal user, Guid placementId, string? reason, CancellationToken ct = default)
    {
        if (await recorder.OfficerAsync(user, ct) is not { } officer) return PlacementRecorder.NotOfficer;
        reason = reason?.Trim() ?? "";
        if (reason.Length < ReasonMinLength) return $"Tulis alasan pembatalan (paling sedikit {ReasonMinLength} huruf).";
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.TakeTurnAsync($"placement:{placementId}", ct); // a second undo at once finds it gone, as on SQLite
        if (await db.Placements.FirstOrDefaultAsync(p => p.Id == placementId, ct) is not { } placement) return "Penempatan ini tidak ditemukan (mungkin sudah dibatalkan).";
        var now = time.Now;
        db.Placements.Remove(placement);
        if (placement.ProfileId is { } profileId
            && !await db.Placements.AnyAsync(p => p.ProfileId == profileId && p.Id != placement.Id, ct)
            && await db.JobSeekerProfiles.FirstOrDefaultAsync(p => p.Id == profileId, ct) is { Status: SeekerStatus.Placed } profile)
        {
            profile.Status = SeekerStatus.Active;
            profile.PlacedAt = null;
            profile.UpdatedAt = now;
        }
        if (placement.ApplicationId is { } applicationId
            && await db.JobApplications.FirstOrDefaultAsync(a => a.Id == applicationId, ct) is { Status: JobApplicationStatus.Hired } application)
        {
            application.Status = JobApplicationStatus.Shortlisted;
            application.DecidedAt = now;
        }
        db.Journal.Add(JournalRecord.For(officer, now, JournalActions.PlacementCancelled,
            $"Penempatan {placement.Name} sebagai {placement.Position} di {placement.CompanyName} (mulai {placement.StartedOn.ToString("d MMMM yyyy", OfficeTime.Indonesian)}, dilaporkan {placement.ReportedByName}) dibatalkan. Alasan: {reason}"));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return null;
    }
}
