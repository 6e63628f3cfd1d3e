using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SopDesk.Data.LaborMarket;

public static partial class JobMatcher
{
    private static readonly Func<DateTimeOffset, long> EncodeInstant = StoredTime.ToColumn;

    /// <summary>
    /// The hard filters on an AK1 holder (alias p) for a vacancy: searching, card valid today, education at least the
    /// minimum, age in range when the vacancy has one (by birth date: born on or before $bornBy, after $bornAfter), gender
    /// only when the vacancy requires it. The benchmark's raw baseline uses this same text.
    /// </summary>
    public const string SeekerFilters = """
        p.Status = 'Active' AND (p.ValidUntil IS NULL OR p.ValidUntil >= $validFrom) AND p.Education >= $education
          AND ($bornBy IS NULL OR p.BirthDate <= $bornBy) AND ($bornAfter IS NULL OR p.BirthDate > $bornAfter)
          AND ($gender IS NULL OR p.Gender = $gender)
        """;

    /// <summary>
    /// The hard filters on a vacancy (alias v) for a holder: published, not closed by date, education minimum met, the age
    /// range (if any) holds the holder's age, gender only when the vacancy requires it.
    /// </summary>
    public const string VacancyFilters = """
        v.Status = 'Published' AND v.ClosesOn >= $today AND v.EducationMin <= $education
          AND (v.AgeMin IS NULL OR v.AgeMin <= $age) AND (v.AgeMax IS NULL OR v.AgeMax >= $age)
          AND (v.Gender IS NULL OR v.Gender = '' OR v.Gender = $gender)
        """;

    private const string SeekerColumns = "p.Id, p.Name, p.Ak1Number, p.BirthDate, p.Gender, p.Education, p.Major, p.Skills, p.WishedPositions, p.WishedLocation, p.ExperienceYears, p.Phone";
    private const string VacancyColumns = "v.Id, v.Position, v.CompanyName, v.Location, v.EducationMin, v.Majors, v.Skills, v.ExperienceYears, v.AgeMin, v.AgeMax, v.Gender, v.ClosesOn";

    /// <summary>
    /// bm25 is computed for every row a MATCH finds (about 5 µs a row here): on 100,000 holders a common word ("operator")
    /// finds 20,000–35,000 of them, 100–300 ms. So the ranking looks at the newest <see cref="TextCap"/> text matches only
    /// (highest row id = most recently signed card; older cards expire after two years anyway).
    /// </summary>
    public const int TextCap = 1000;

    /// <summary>
    /// Text candidates for a vacancy, best bm25 first (wished positions weigh most, then skills, then major), among the
    /// newest <c>$cap</c> text matches (a row-id floor FTS5 applies inside the index). The benchmark's raw baseline runs
    /// this same statement with LIMIT 20.
    /// </summary>
    public const string SeekerTextSql = $"""
        SELECT {SeekerColumns} FROM SeekerSearch s JOIN JobSeekerProfiles p ON p.Id = s.rowid
        WHERE SeekerSearch MATCH $match
          AND s.rowid >= COALESCE((SELECT rowid FROM SeekerSearch WHERE SeekerSearch MATCH $match ORDER BY rowid DESC LIMIT 1 OFFSET $capOffset), 0)
          AND {SeekerFilters}
        ORDER BY bm25(SeekerSearch, 3.0, 2.0, 1.0) LIMIT $limit
        """;

    /// <summary>Text candidates for a holder, best bm25 first (position weighs most; description and company least).</summary>
    public const string VacancyTextSql = $"""
        SELECT {VacancyColumns} FROM VacancySearch s JOIN Vacancies v ON v.Id = s.rowid
        WHERE VacancySearch MATCH $match AND {VacancyFilters}
        ORDER BY bm25(VacancySearch, 3.0, 2.0, 2.0, 0.5, 0.5) LIMIT $limit
        """;

    // Fallbacks when the text finds too few: same education (or any, for "Semua jenjang") and willing to work there; newest card first.
    private const string SeekerFallbackSql = $"""
        SELECT {SeekerColumns} FROM JobSeekerProfiles p
        WHERE {SeekerFilters} AND ($education = 0 OR p.Education = $education) AND p.WishedLocation IN ($location, '{Regions.Anywhere}')
        ORDER BY p.SignedAt DESC LIMIT $limit
        """;

    private const string VacancyFallbackSql = $"""
        SELECT {VacancyColumns} FROM Vacancies v
        WHERE {VacancyFilters} AND ($location IS NULL OR v.Location = $location)
        ORDER BY v.PublishedAt DESC LIMIT $limit
        """;

    /// <summary>The parameters of <see cref="SeekerFilters"/> for a vacancy.</summary>
    public static void AddSeekerFilterParameters(SqliteCommand command, int educationMin, int? ageMin, int? ageMax, string? gender, DateOnly today)
    {
        command.Parameters.AddWithValue("$validFrom", EncodeInstant(StartOf(today)));
        command.Parameters.AddWithValue("$education", educationMin);
        // Age ≥ min ⇔ born on or before today − min years; age ≤ max ⇔ born after today − (max + 1) years. Unknown birth date fails both.
        command.Parameters.AddWithValue("$bornBy", ageMin is { } min ? Day(today.AddYears(-min)) : DBNull.Value);
        command.Parameters.AddWithValue("$bornAfter", ageMax is { } max ? Day(today.AddYears(-(max + 1))) : DBNull.Value);
        command.Parameters.AddWithValue("$gender", string.IsNullOrWhiteSpace(gender) ? DBNull.Value : gender.Trim());
    }

    /// <summary>The MATCH text and the cap of <see cref="SeekerTextSql"/>.</summary>
    public static void AddTextParameters(SqliteCommand command, string match)
    {
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$capOffset", TextCap - 1);
    }

    /// <summary>The parameters of <see cref="VacancyFilters"/> for a holder.</summary>
    public static void AddVacancyFilterParameters(SqliteCommand command, int education, DateOnly? born, string? gender, DateOnly today)
    {
        command.Parameters.AddWithValue("$today", Day(today));
        command.Parameters.AddWithValue("$education", education);
        command.Parameters.AddWithValue("$age", AgeOn(born, today) is { } age ? age : DBNull.Value);
        command.Parameters.AddWithValue("$gender", string.IsNullOrWhiteSpace(gender) ? DBNull.Value : gender.Trim());
    }

    private static async Task<List<SeekerFacts>> FindSeekersAsync(SqliteConnection connection, VacancyFacts vacancy, DateOnly today, int pool, int take,
        CancellationToken ct)
    {
        var found = new List<SeekerFacts>();
        // First those who wish this very job (every word of the position in their wished positions); only when they are too
        // few, anyone whose text shares a word of the position, skills or majors. The scoring then weighs skills and majors.
        // The narrow query holds position words only: every extra OR-ed word makes FTS5 load its whole doclist ("teknik"* is in
        // a third of the index), which cost more than the scoring it would save.
        foreach (var match in new[] { FullTextQuery.AllInColumn("WishedPositions", vacancy.Position), FullTextQuery.AnyOf(vacancy.Position, vacancy.Skills, vacancy.Majors) })
        {
            if (match is null || found.Count >= take) continue;
            await using var text = Command(connection, SeekerTextSql, vacancy, today, pool);
            AddTextParameters(text, match);
            var hits = new List<SeekerFacts>();
            await ReadAsync(text, ReadSeeker, hits, ct);
            var known = found.Select(s => s.Id).ToHashSet();
            found.AddRange(hits.Where(s => known.Add(s.Id)));
        }
        if (found.Count >= take) return found;
        await using var fallback = Command(connection, SeekerFallbackSql, vacancy, today, take + found.Count);
        fallback.Parameters.AddWithValue("$location", vacancy.Location);
        var more = new List<SeekerFacts>();
        await ReadAsync(fallback, ReadSeeker, more, ct);
        var seen = found.Select(s => s.Id).ToHashSet();
        found.AddRange(more.Where(s => seen.Add(s.Id)));
        return found;
    }

    private static async Task<List<VacancyFacts>> FindVacanciesAsync(SqliteConnection connection, SeekerFacts seeker, DateOnly today, int pool, int take,
        CancellationToken ct)
    {
        var found = new List<VacancyFacts>();
        if (FullTextQuery.AnyOf(seeker.WishedPositions, seeker.Skills, seeker.Major) is { } match)
        {
            await using var text = Command(connection, VacancyTextSql, seeker, today, pool);
            text.Parameters.AddWithValue("$match", match);
            await ReadAsync(text, ReadVacancy, found, ct);
        }
        if (found.Count >= take) return found;
        await using var fallback = Command(connection, VacancyFallbackSql, seeker, today, take + found.Count);
        var place = seeker.WishedLocation.Trim();
        fallback.Parameters.AddWithValue("$location", place.Length == 0 || place == Regions.Anywhere ? DBNull.Value : place);
        var more = new List<VacancyFacts>();
        await ReadAsync(fallback, ReadVacancy, more, ct);
        var seen = found.Select(v => v.Id).ToHashSet();
        found.AddRange(more.Where(v => seen.Add(v.Id)));
        return found;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, VacancyFacts vacancy, DateOnly today, int limit)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        AddSeekerFilterParameters(command, vacancy.EducationMin, vacancy.AgeMin, vacancy.AgeMax, vacancy.Gender, today);
        command.Parameters.AddWithValue("$limit", limit);
        return command;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, SeekerFacts seeker, DateOnly today, int limit)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        AddVacancyFilterParameters(command, seeker.Education, seeker.BirthDate, seeker.Gender, today);
        command.Parameters.AddWithValue("$limit", limit);
        return command;
    }

    private static async Task ReadAsync<T>(SqliteCommand command, Func<SqliteDataReader, T> read, List<T> into, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) into.Add(read(reader));
    }

    private static SeekerFacts ReadSeeker(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : ParseDay(r.GetString(3)), r.IsDBNull(4) ? null : r.GetString(4),
        r.GetInt32(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9), r.GetInt32(10), r.IsDBNull(11) ? null : r.GetString(11));

    private static VacancyFacts ReadVacancy(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetString(5), r.GetString(6), r.GetInt32(7),
        r.IsDBNull(8) ? null : r.GetInt32(8), r.IsDBNull(9) ? null : r.GetInt32(9), r.IsDBNull(10) ? null : r.GetString(10), ParseDay(r.GetString(11)));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
