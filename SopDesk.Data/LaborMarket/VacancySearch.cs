using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;

namespace SopDesk.Data.LaborMarket;

/// <summary>What the public listing asks: free text (FTS5 over position, skills, majors, description, company), filters, page.</summary>
public sealed record VacancyQuery(string? Text = null, string? Location = null, EducationLevel? Education = null, string? Position = null,
    string? Sector = null, int Page = 1, int PageSize = 20);

public sealed record VacancyListItem(long Id, string Position, string CompanyName, string Location, int EducationMin, int Openings,
    long? SalaryMin, long? SalaryMax, DateOnly ClosesOn, DateTimeOffset? PublishedAt);

public sealed record VacancyPage(IReadOnlyList<VacancyListItem> Items, int Total, int Page, int PageSize)
{
    /// <summary>At least 1, so "Halaman 1 dari 1" reads right for an empty result.</summary>
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The public listing's query: published vacancies whose closing date has not passed (office calendar date
/// <c>today</c>), filtered and paged, newest first (or best text match first when a text is given). Owned by the listing.
/// Two statements on one connection: a count and one page (raw SQL, so the FTS5 MATCH, bm25 order and the indexes
/// IX_Vacancies_Status_ClosesOn / IX_Vacancies_PublishedAt are used as written; PostgreSQL's variant: decision 044).
/// </summary>
public static class VacancySearch
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// One provider's pieces of the statements: names, the text join and test, the rank, the plain-browsing FROM and the
    /// case-insensitive LIKE (SQLite's LIKE is; PostgreSQL's ILIKE is), the parameter prefix. SQLite's text is the one decisions 026–029 measured.
    /// </summary>
    private sealed record Dialect(Func<string, string> Column, string Vacancies, string TextFrom, string TextWhere, string Rank, string PlainFrom, string Like, char Prefix);

    private static readonly Dialect Sqlite = new(
        column => $"v.{column}", "Vacancies v",
        // CROSS JOIN fixes the loop order: the full-text query runs once and each hit looks its row up by key. With a
        // plain JOIN the planner may walk the vacancies and run the MATCH once per row (seconds at 5,000 vacancies).
        "VacancySearch CROSS JOIN Vacancies v ON v.Id = VacancySearch.rowid", "VacancySearch MATCH $match",
        // bm25 column weights in the index's column order: Position, Skills, Majors, Description, CompanyName.
        "bm25(VacancySearch, 5.0, 2.0, 2.0, 1.0, 3.0)",
        // Plain browsing (no text, no filter, the most common request) walks IX_Vacancies_PublishedAt backwards and stops
        // after the page; the planner would sort every open vacancy found through IX_Vacancies_Status_ClosesOn. With a
        // filter most rows of that walk would be skipped, so the planner's choice stands.
        "Vacancies v INDEXED BY IX_Vacancies_PublishedAt", "LIKE", '$');

    // PostgreSQL plans by its statistics (no INDEXED BY); the text is the generated tsvector column (PostgresTextSearch).
    private static readonly Dialect Postgres = new(
        column => $"v.\"{column}\"", "\"Vacancies\" v", "\"Vacancies\" v", "v.\"SearchVector\" @@ to_tsquery('simple', @match)",
        $"ts_rank({PostgresTextSearch.VacancyListingRank}, v.\"SearchVector\", to_tsquery('simple', @match)) DESC", "\"Vacancies\" v", "ILIKE", '@');

    public static async Task<VacancyPage> SearchAsync(SopDeskDbContext db, VacancyQuery query, DateOnly today, CancellationToken ct = default)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var (sql, match) = db.IsSqlite() ? (Sqlite, FullTextQuery.AllOf(query.Text)) : (Postgres, FullTextQuery.Postgres.AllOf(query.Text));
        var (from, where, parameters) = Filters(sql, query, match, today);

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            int total;
            await using (var count = RawSql.Command(connection, $"SELECT COUNT(*) FROM {from} WHERE {where}", parameters))
                total = Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);

            var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
            var page = Math.Clamp(query.Page, 1, pages);
            if (total == 0) return new VacancyPage([], 0, page, pageSize);

            var newest = $"{sql.Column("PublishedAt")} DESC, {sql.Column("Id")} DESC";
            var order = match is null ? newest : $"{sql.Rank}, {newest}";
            var plain = match is null && parameters.Count == 2;
            var columns = string.Join(", ", Columns.Select(sql.Column));
            var select = $"SELECT {columns} FROM {(plain ? sql.PlainFrom : from)} WHERE {where} ORDER BY {order} LIMIT {Placeholder(sql, "take")} OFFSET {Placeholder(sql, "skip")}";
            var items = new List<VacancyListItem>(pageSize);
            await using (var command = RawSql.Command(connection, select, [.. parameters, ("take", pageSize), ("skip", (page - 1) * pageSize)]))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct)) items.Add(Read(db, reader));
            }
            return new VacancyPage(items, total, page, pageSize);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static readonly string[] Columns =
        ["Id", "Position", "CompanyName", "Location", "EducationMin", "Openings", "SalaryMin", "SalaryMax", "ClosesOn", "PublishedAt"];

    /// <summary>A parameter in the statement: <c>$name</c> on SQLite, <c>@name</c> on PostgreSQL (bound by the bare name on both).</summary>
    private static string Placeholder(Dialect sql, string name) => sql.Prefix + name;

    private static (string From, string Where, List<(string, object?)> Parameters) Filters(Dialect sql, VacancyQuery query, string? match, DateOnly today)
    {
        string P(string name) => Placeholder(sql, name);
        var where = new StringBuilder($"{sql.Column("Status")} = {P("published")} AND {sql.Column("ClosesOn")} >= {P("today")}");
        var parameters = new List<(string, object?)> { ("published", nameof(VacancyStatus.Published)), ("today", today) };
        var from = sql.Vacancies;
        if (match is not null)
        {
            from = sql.TextFrom;
            where.Append(" AND ").Append(sql.TextWhere);
            parameters.Add(("match", match));
        }
        if (!string.IsNullOrWhiteSpace(query.Location))
        {
            where.Append($" AND {sql.Column("Location")} = {P("location")}");
            parameters.Add(("location", query.Location.Trim()));
        }
        // "What can I apply for with my level": vacancies asking at most that level (0 = any level is always included).
        if (query.Education is { } education && education != EducationLevel.Any)
        {
            where.Append($" AND {sql.Column("EducationMin")} <= {P("education")}");
            parameters.Add(("education", (int)education));
        }
        if (!string.IsNullOrWhiteSpace(query.Sector))
        {
            where.Append($" AND {sql.Column("Sector")} = {P("sector")}");
            parameters.Add(("sector", query.Sector.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(query.Position))
        {
            where.Append($@" AND {sql.Column("Position")} {sql.Like} {P("position")} ESCAPE '\'");
            parameters.Add(("position", "%" + EscapeLike(query.Position.Trim()) + "%"));
        }
        return (from, where.ToString(), parameters);
    }

    // ClosesOn: SQLite's reader parses its yyyy-MM-dd text, Npgsql reads a date; PublishedAt as the model stores instants.
    private static VacancyListItem Read(SopDeskDbContext db, DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5),
        r.IsDBNull(6) ? null : r.GetInt64(6), r.IsDBNull(7) ? null : r.GetInt64(7),
        r.GetFieldValue<DateOnly>(8), r.IsDBNull(9) ? null : RawSql.ReadInstant(db, r, 9));

    private static string EscapeLike(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
