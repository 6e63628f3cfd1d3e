namespace SopDesk.Data.LaborMarket;

/// <summary>
/// PostgreSQL's counterpart of the FTS5 tables SeekerSearch and VacancySearch (decision 044): a generated, stored
/// <c>tsvector</c> column "SearchVector" on each table with a GIN index, each indexed column under its own weight letter,
/// and the <c>ts_rank</c> weights that stand for the bm25 column weights. The hand-written migration
/// <c>20261203000100_PostgresTextSearch</c> (SopDesk.Data.Postgres) runs <see cref="Up"/>; the queries use the weights.
/// </summary>
public static class PostgresTextSearch
{
    // ts_rank weights are given as {D, C, B, A}.

    /// <summary>Holders: A wished positions (bm25 3), B skills (2), C major (1).</summary>
    public const string SeekerRank = "'{0.1, 0.333, 0.667, 1.0}'";

    /// <summary>Vacancies for matching: A position (bm25 3), C skills and majors (2), B company and D description (0.5).</summary>
    public const string VacancyMatchRank = "'{0.167, 0.667, 0.167, 1.0}'";

    /// <summary>Vacancies for the public search: A position (bm25 5), B company (3), C skills and majors (2), D description (1).</summary>
    public const string VacancyListingRank = "'{0.2, 0.4, 0.6, 1.0}'";

    /// <summary>
    /// The column's words under a weight. ASCII punctuation becomes a space first, so words split where FTS5's unicode61
    /// splits them ("S1/D3" is two words, not one file-path token of PostgreSQL's parser); the Latin letters with marks
    /// lose them as unicode61's remove_diacritics does (translate: immutable, no unaccent extension needed); 'simple'
    /// lower-cases and keeps every word (no stemming, no stop words: FullTextQuery drops its own).
    /// </summary>
    private static string Weighted(string column, char weight) =>
        $"""setweight(to_tsvector('simple', translate(regexp_replace("{column}", '[[:punct:]]+', ' ', 'g'), '{Marked}', '{Plain}')), '{weight}')""";

    private const string Marked = "ÀÁÂÃÄÅàáâãäåÈÉÊËèéêëÌÍÎÏìíîïÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿÑñÇç";
    private const string Plain = "AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuYyyNnCc";

    private static string AddVector(string table, params (string Column, char Weight)[] columns) => $"""
        ALTER TABLE "{table}" ADD COLUMN "SearchVector" tsvector
            GENERATED ALWAYS AS ({string.Join(" || ", columns.Select(c => Weighted(c.Column, c.Weight)))}) STORED;
        CREATE INDEX "IX_{table}_SearchVector" ON "{table}" USING GIN ("SearchVector");
        """;

    public static readonly string Up =
        AddVector("JobSeekerProfiles", ("WishedPositions", 'A'), ("Skills", 'B'), ("Major", 'C'))
        + AddVector("Vacancies", ("Position", 'A'), ("CompanyName", 'B'), ("Skills", 'C'), ("Majors", 'C'), ("Description", 'D'));

    public const string Down = """
        DROP INDEX IF EXISTS "IX_JobSeekerProfiles_SearchVector"; ALTER TABLE "JobSeekerProfiles" DROP COLUMN IF EXISTS "SearchVector";
        DROP INDEX IF EXISTS "IX_Vacancies_SearchVector"; ALTER TABLE "Vacancies" DROP COLUMN IF EXISTS "SearchVector";
        """;
}
