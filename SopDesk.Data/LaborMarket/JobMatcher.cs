namespace SopDesk.Data.LaborMarket;

/// <summary>One AK1 holder ranked for a vacancy: score 0–100, why they fit and what they lack (in Indonesian, for the page).</summary>
public sealed record CandidateMatch(long ProfileId, string Name, string Ak1Number, int Score, IReadOnlyList<string> Reasons, IReadOnlyList<string> Missing);

/// <summary>One published vacancy ranked for a job seeker.</summary>
public sealed record VacancyMatch(long VacancyId, string Position, string CompanyName, string Location, DateOnly ClosesOn, int Score,
    IReadOnlyList<string> Reasons, IReadOnlyList<string> Missing);

/// <summary>
/// Job matching (Perwali Banjarbaru 29/2015: "pencocokan data pencari kerja dengan data syarat jabatan"): FTS5 finds the
/// text matches, hard filters (active AK1, education, age, closing date) cut, a scoring in docs/decisions explains the rank.
/// </summary>
public static class JobMatcher
{
    public static Task<IReadOnlyList<CandidateMatch>> CandidatesAsync(SopDeskDbContext db, long vacancyId, DateOnly today, int take = 20,
        CancellationToken ct = default) => throw new NotImplementedException("JobMatcher: implemented by the matching branch");

    public static Task<IReadOnlyList<VacancyMatch>> VacanciesForAsync(SopDeskDbContext db, long profileId, DateOnly today, int take = 20,
        CancellationToken ct = default) => throw new NotImplementedException("JobMatcher: implemented by the matching branch");
}
