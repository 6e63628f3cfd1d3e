using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;

namespace SopDesk.Data.LaborMarket;

/// <summary>Reads of the AK1 holders' profiles (kept by the seeker profile projection).</summary>
public static class SeekerProfiles
{
    /// <summary>
    /// The account's profile when its AK1 is signed, valid on <paramref name="now"/> and still searching (not placed),
    /// else null: who may apply online and see matching vacancies. With two cards (a renewal), the newest one.
    /// </summary>
    public static Task<JobSeekerProfileRecord?> FindActiveAsync(SopDeskDbContext db, Guid accountId, DateTimeOffset now, CancellationToken ct = default) =>
        db.JobSeekerProfiles.AsNoTracking()
            .Where(p => p.AccountId == accountId && p.Status == SeekerStatus.Active && (p.ValidUntil == null || p.ValidUntil >= now))
            .OrderByDescending(p => p.SignedAt)
            .FirstOrDefaultAsync(ct);

    /// <summary>The account's newest profile whatever its state (to say why there are no matches: placed, expired, cancelled).</summary>
    public static Task<JobSeekerProfileRecord?> FindLatestAsync(SopDeskDbContext db, Guid accountId, CancellationToken ct = default) =>
        db.JobSeekerProfiles.AsNoTracking().Where(p => p.AccountId == accountId).OrderByDescending(p => p.SignedAt).FirstOrDefaultAsync(ct);
}
