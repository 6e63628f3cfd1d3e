using static SopDesk.Data.LaborMarket.PostgresTextSearch;

namespace SopDesk.Data.LaborMarket;

/// <summary>
/// Matching's statements on PostgreSQL (decision 044): the SQLite ones with quoted names, the tsvector column
/// "SearchVector" for FTS5, <c>ts_rank</c> (highest first) for bm25 (lowest first), and the newest-<see cref="TextCap"/>
/// cap as a LIMIT on the matches by id instead of a row-id floor. Same columns and parameters, so one reader serves both.
/// </summary>
public static partial class JobMatcher
{
    private const string PgSeekerFilters = """
        p."Status" = 'Active' AND (p."ValidUntil" IS NULL OR p."ValidUntil" >= @validFrom) AND p."Education" >= @education
          AND (@bornBy IS NULL OR p."BirthDate" <= @bornBy) AND (@bornAfter IS NULL OR p."BirthDate" > @bornAfter)
          AND (@gender IS NULL OR p."Gender" = @gender)
        """;

    private const string PgVacancyFilters = """
        v."Status" = 'Published' AND v."ClosesOn" >= @today AND v."EducationMin" <= @education
          AND (v."AgeMin" IS NULL OR v."AgeMin" <= @age) AND (v."AgeMax" IS NULL OR v."AgeMax" >= @age)
          AND (v."Gender" IS NULL OR v."Gender" = '' OR v."Gender" = @gender)
        """;

    private const string PgSeekerColumns = """
        p."Id", p."Name", p."Ak1Number", p."BirthDate", p."Gender", p."Education", p."Major", p."Skills", p."WishedPositions", p."WishedLocation", p."ExperienceYears", p."Phone"
        """;

    private const string PgVacancyColumns = """
        v."Id", v."Position", v."CompanyName", v."Location", v."EducationMin", v."Majors", v."Skills", v."ExperienceYears", v."AgeMin", v."AgeMax", v."Gender", v."ClosesOn"
        """;

    private static readonly MatcherSql Postgres = new(
        SeekerText: $"""
            SELECT {PgSeekerColumns} FROM (
                SELECT "Id", "SearchVector" FROM "JobSeekerProfiles" WHERE "SearchVector" @@ to_tsquery('simple', @match)
                ORDER BY "Id" DESC LIMIT {TextCap}) s
            JOIN "JobSeekerProfiles" p ON p."Id" = s."Id"
            WHERE {PgSeekerFilters}
            ORDER BY ts_rank({SeekerRank}, s."SearchVector", to_tsquery('simple', @match)) DESC, p."Id" DESC LIMIT @limit
            """,
        VacancyText: $"""
            SELECT {PgVacancyColumns} FROM "Vacancies" v
            WHERE v."SearchVector" @@ to_tsquery('simple', @match) AND {PgVacancyFilters}
            ORDER BY ts_rank({VacancyMatchRank}, v."SearchVector", to_tsquery('simple', @match)) DESC, v."Id" DESC LIMIT @limit
            """,
        SeekerFallback: $"""
            SELECT {PgSeekerColumns} FROM "JobSeekerProfiles" p
            WHERE {PgSeekerFilters} AND (@education = 0 OR p."Education" = @education) AND p."WishedLocation" IN (@location, '{Regions.Anywhere}')
            ORDER BY p."SignedAt" DESC LIMIT @limit
            """,
        VacancyFallback: $"""
            SELECT {PgVacancyColumns} FROM "Vacancies" v
            WHERE {PgVacancyFilters} AND (@location IS NULL OR v."Location" = @location)
            ORDER BY v."PublishedAt" DESC LIMIT @limit
            """,
        AllInWishedPositions: position => FullTextQuery.Postgres.AllInWeight('A', position),
        AnyOf: FullTextQuery.Postgres.AnyOf);
}
