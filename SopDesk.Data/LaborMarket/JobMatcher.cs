using Microsoft.EntityFrameworkCore;

namespace SopDesk.Data.LaborMarket;

/// <summary>One AK1 holder ranked for a vacancy: score 0–100, why they fit and what they lack (in Indonesian, for the page).</summary>
public sealed record CandidateMatch(long ProfileId, string Name, string Ak1Number, int Score, IReadOnlyList<string> Reasons, IReadOnlyList<string> Missing)
{
    /// <summary>EducationLevel as int.</summary>
    public int Education { get; init; }
    /// <summary>Age in years on the matching day, when the birth date is known.</summary>
    public int? Age { get; init; }
    /// <summary>The holder's phone (officers call candidates; never shown to employers).</summary>
    public string? Phone { get; init; }
    public string WishedLocation { get; init; } = "";
    public int ExperienceYears { get; init; }
}

/// <summary>One published vacancy ranked for a job seeker.</summary>
public sealed record VacancyMatch(long VacancyId, string Position, string CompanyName, string Location, DateOnly ClosesOn, int Score,
    IReadOnlyList<string> Reasons, IReadOnlyList<string> Missing)
{
    public int EducationMin { get; init; }
}

/// <summary>
/// Job matching (Perwali Banjarbaru 29/2015: "pencocokan data pencari kerja dengan data syarat jabatan"): hard filters in SQL
/// (active AK1 valid today, education, age, gender only when required, closing date), candidates from the full-text index (SQLite FTS5 with bm25, PostgreSQL tsvector with ts_rank: decision 044) limited to
/// a few hundred, a fallback by education and place when the text finds too few, then a score 0–100 in C# with the reasons
/// and what is missing. See docs/decisions/023-job-matching.md.
/// </summary>
public static partial class JobMatcher
{
    /// <summary>How many text matches (best bm25 first) the scoring looks at, at least.</summary>
    public const int MinCandidatePool = 100;

    /// <summary>The pool the scoring re-ranks: five times what is shown, at least <see cref="MinCandidatePool"/>.</summary>
    public static int PoolFor(int take) => Math.Max(take * 5, MinCandidatePool);

    public static async Task<IReadOnlyList<CandidateMatch>> CandidatesAsync(SopDeskDbContext db, long vacancyId, DateOnly today, int take = 20,
        CancellationToken ct = default)
    {
        var vacancy = await db.Vacancies.AsNoTracking().Where(v => v.Id == vacancyId).Select(v => new VacancyFacts(
            v.Id, v.Position, v.CompanyName, v.Location, v.EducationMin, v.Majors, v.Skills, v.ExperienceYears, v.AgeMin, v.AgeMax,
            v.Gender, v.ClosesOn)).FirstOrDefaultAsync(ct);
        if (vacancy is null) return [];
        var seekers = await WithConnectionAsync(db, () => FindSeekersAsync(db, vacancy, today, PoolFor(take), take, ct), ct);
        return [.. seekers
            .Select((seeker, order) => (seeker, order, score: Score(seeker, vacancy, today)))
            .OrderByDescending(s => s.score.Points).ThenBy(s => s.order)
            .Take(take)
            .Select(s => new CandidateMatch(s.seeker.Id, s.seeker.Name, s.seeker.Ak1Number, s.score.Points, s.score.Reasons, s.score.Missing)
            {
                Education = s.seeker.Education, Age = AgeOn(s.seeker.BirthDate, today), Phone = s.seeker.Phone,
                WishedLocation = s.seeker.WishedLocation, ExperienceYears = s.seeker.ExperienceYears,
            })];
    }

    public static async Task<IReadOnlyList<VacancyMatch>> VacanciesForAsync(SopDeskDbContext db, long profileId, DateOnly today, int take = 20,
        CancellationToken ct = default)
    {
        var validFrom = StartOf(today);
        var seeker = await db.JobSeekerProfiles.AsNoTracking()
            .Where(p => p.Id == profileId && p.Status == Entities.SeekerStatus.Active && (p.ValidUntil == null || p.ValidUntil >= validFrom))
            .Select(p => new SeekerFacts(p.Id, p.Name, p.Ak1Number, p.BirthDate, p.Gender, p.Education, p.Major, p.Skills, p.WishedPositions,
                p.WishedLocation, p.ExperienceYears, p.Phone)).FirstOrDefaultAsync(ct);
        if (seeker is null) return [];
        var vacancies = await WithConnectionAsync(db, () => FindVacanciesAsync(db, seeker, today, PoolFor(take), take, ct), ct);
        return [.. vacancies
            .Select((vacancy, order) => (vacancy, order, score: Score(seeker, vacancy, today)))
            .OrderByDescending(s => s.score.Points).ThenBy(s => s.order)
            .Take(take)
            .Select(s => new VacancyMatch(s.vacancy.Id, s.vacancy.Position, s.vacancy.CompanyName, s.vacancy.Location, s.vacancy.ClosesOn,
                s.score.Points, s.score.Reasons, s.score.Missing) { EducationMin = s.vacancy.EducationMin })];
    }

    /// <summary>Age in whole years on <paramref name="today"/>.</summary>
    public static int? AgeOn(DateOnly? born, DateOnly today)
    {
        if (born is not { } b) return null;
        var age = today.Year - b.Year;
        return b > today.AddYears(-age) ? age - 1 : age;
    }

    /// <summary>
    /// The first instant of the office calendar day: the 17 kab/kota are all on WIB (UTC+7), so an AK1 valid until any time
    /// of that day counts as valid today.
    /// </summary>
    public static DateTimeOffset StartOf(DateOnly today) => new(today.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7));

    private static async Task<T> WithConnectionAsync<T>(SopDeskDbContext db, Func<Task<T>> read, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try { return await read(); }
        finally { await db.Database.CloseConnectionAsync(); }
    }
}

/// <summary>What the scoring reads of a vacancy.</summary>
internal sealed record VacancyFacts(long Id, string Position, string CompanyName, string Location, int EducationMin, string Majors, string Skills,
    int ExperienceYears, int? AgeMin, int? AgeMax, string? Gender, DateOnly ClosesOn);

/// <summary>What the scoring reads of an AK1 holder.</summary>
internal sealed record SeekerFacts(long Id, string Name, string Ak1Number, DateOnly? BirthDate, string? Gender, int Education, string Major,
    string Skills, string WishedPositions, string WishedLocation, int ExperienceYears, string? Phone);
