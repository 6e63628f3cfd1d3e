using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace SopDesk.Data.LaborMarket;

public static partial class JobMatcher
{
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

    /// <summary>SQLite's statements and MATCH expressions; PostgreSQL's are in JobMatcher.Postgres.cs.</summary>
    private static readonly MatcherSql Sqlite = new(SeekerTextSql, VacancyTextSql, SeekerFallbackSql, VacancyFallbackSql,
        position => FullTextQuery.AllInColumn("WishedPositions", position), FullTextQuery.AnyOf);

    private static MatcherSql SqlFor(SopDeskDbContext db) => db.IsSqlite() ? Sqlite : Postgres;

    /// <summary>The parameters of <see cref="SeekerFilters"/> for a vacancy (bare names: they bind on either provider).</summary>
    public static void AddSeekerFilterParameters(DbCommand command, SopDeskDbContext db, int educationMin, int? ageMin, int? ageMax, string? gender, DateOnly today)
    {
        command.AddParameter("validFrom", RawSql.Instant(db, StartOf(today)));
        command.AddParameter("education", educationMin);
        // Age ≥ min ⇔ born on or before today − min years; age ≤ max ⇔ born after today − (max + 1) years. Unknown birth date fails both.
        command.AddParameter("bornBy", ageMin is { } min ? today.AddYears(-min) : null, DbType.Date);
        command.AddParameter("bornAfter", ageMax is { } max ? today.AddYears(-(max + 1)) : null, DbType.Date);
        command.AddParameter("gender", string.IsNullOrWhiteSpace(gender) ? null : gender.Trim());
    }

    /// <summary>The MATCH text and the cap of <see cref="SeekerTextSql"/>.</summary>
    public static void AddTextParameters(DbCommand command, string match)
    {
        command.AddParameter("match", match);
        command.AddParameter("capOffset", TextCap - 1);
    }

    /// <summary>The parameters of <see cref="VacancyFilters"/> for a holder.</summary>
    public static void AddVacancyFilterParameters(DbCommand command, int education, DateOnly? born, string? gender, DateOnly today)
    {
        command.AddParameter("today", today);
        command.AddParameter("education", education);
        command.AddParameter("age", AgeOn(born, today), DbType.Int32);
        command.AddParameter("gender", string.IsNullOrWhiteSpace(gender) ? null : gender.Trim());
    }

    private static async Task<List<SeekerFacts>> FindSeekersAsync(SopDeskDbContext db, VacancyFacts vacancy, DateOnly today, int pool, int take,
        CancellationToken ct)
    {
        var sql = SqlFor(db);
        var found = new List<SeekerFacts>();
        // First those who wish this very job (every word of the position in their wished positions); only when they are too
        // few, anyone whose text shares a word of the position, skills or majors. The scoring then weighs skills and majors.
        // The narrow query holds position words only: every extra OR-ed word makes FTS5 load its whole doclist ("teknik"* is in
        // a third of the index), which cost more than the scoring it would save.
        foreach (var match in new[] { sql.AllInWishedPositions(vacancy.Position), sql.AnyOf([vacancy.Position, vacancy.Skills, vacancy.Majors]) })
        {
            if (match is null || found.Count >= take) continue;
            await using var text = Command(db, sql.SeekerText, vacancy, today, pool);
            AddTextParameters(text, match);
            var hits = new List<SeekerFacts>();
            await ReadAsync(text, ReadSeeker, hits, ct);
            var known = found.Select(s => s.Id).ToHashSet();
            found.AddRange(hits.Where(s => known.Add(s.Id)));
        }
        if (found.Count >= take) return found;
        await using var fallback = Command(db, sql.SeekerFallback, vacancy, today, take + found.Count);
        fallback.AddParameter("location", vacancy.Location);
        var more = new List<SeekerFacts>();
        await ReadAsync(fallback, ReadSeeker, more, ct);
        var seen = found.Select(s => s.Id).ToHashSet();
        found.AddRange(more.Where(s => seen.Add(s.Id)));
        return found;
    }

    private static async Task<List<VacancyFacts>> FindVacanciesAsync(SopDeskDbContext db, SeekerFacts seeker, DateOnly today, int pool, int take,
        CancellationToken ct)
    {
        var sql = SqlFor(db);
        var found = new List<VacancyFacts>();
        if (sql.AnyOf([seeker.WishedPositions, seeker.Skills, seeker.Major]) is { } match)
        {
            await using var text = Command(db, sql.VacancyText, seeker, today, pool);
            text.AddParameter("match", match);
            await ReadAsync(text, ReadVacancy, found, ct);
        }
        if (found.Count >= take) return found;
        await using var fallback = Command(db, sql.VacancyFallback, seeker, today, take + found.Count);
        var place = seeker.WishedLocation.Trim();
        fallback.AddParameter("location", place.Length == 0 || place == Regions.Anywhere ? null : place);
        var more = new List<VacancyFacts>();
        await ReadAsync(fallback, ReadVacancy, more, ct);
        var seen = found.Select(v => v.Id).ToHashSet();
        found.AddRange(more.Where(v => seen.Add(v.Id)));
        return found;
    }

    private static DbCommand Command(SopDeskDbContext db, string sql, VacancyFacts vacancy, DateOnly today, int limit)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        AddSeekerFilterParameters(command, db, vacancy.EducationMin, vacancy.AgeMin, vacancy.AgeMax, vacancy.Gender, today);
        command.AddParameter("limit", limit);
        return command;
    }

    private static DbCommand Command(SopDeskDbContext db, string sql, SeekerFacts seeker, DateOnly today, int limit)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        AddVacancyFilterParameters(command, seeker.Education, seeker.BirthDate, seeker.Gender, today);
        command.AddParameter("limit", limit);
        return command;
    }

    private static async Task ReadAsync<T>(DbCommand command, Func<DbDataReader, T> read, List<T> into, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) into.Add(read(reader));
    }

    // Dates as the providers' readers give them: SQLite parses its yyyy-MM-dd text, Npgsql reads a date.
    private static SeekerFacts ReadSeeker(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetFieldValue<DateOnly>(3), r.IsDBNull(4) ? null : r.GetString(4),
        r.GetInt32(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9), r.GetInt32(10), r.IsDBNull(11) ? null : r.GetString(11));

    private static VacancyFacts ReadVacancy(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetString(5), r.GetString(6), r.GetInt32(7),
        r.IsDBNull(8) ? null : r.GetInt32(8), r.IsDBNull(9) ? null : r.GetInt32(9), r.IsDBNull(10) ? null : r.GetString(10), r.GetFieldValue<DateOnly>(11));
}

/// <summary>One provider's matching statements (same columns, same parameters) and how it turns words into a text query.</summary>
internal sealed record MatcherSql(string SeekerText, string VacancyText, string SeekerFallback, string VacancyFallback,
    Func<string?, string?> AllInWishedPositions, Func<string?[], string?> AnyOf);
