using SopDesk.Data.Entities;

namespace SopDesk.Data.LaborMarket;

/// <summary>Reads of the AK1 holders' profiles (kept by the seeker profile projection).</summary>
public static class SeekerProfiles
{
    /// <summary>
    /// The account's profile when its AK1 is signed, valid on <paramref name="today"/> and still searching (not placed),
    /// else null: who may apply online and see matching vacancies.
    /// </summary>
    public static Task<JobSeekerProfileRecord?> FindActiveAsync(SopDeskDbContext db, Guid accountId, DateTimeOffset now, CancellationToken ct = default) =>
        throw new NotImplementedException("SeekerProfiles: implemented by the matching branch");
}
