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
/// IX_Vacancies_Status_ClosesOn / IX_Vacancies_PublishedAt are used as written).
/// </summary>
public static class VacancySearch
{
    public const int MaxPageSize = 100;

    /// <summary>bm25 column weights in the index's column order: Position, Skills, Majors, Description, CompanyName.</summary>
    private const string Rank = "bm25(VacancySearch, 5.0, 2.0, 2.0, 1.0, 3.0)";

    private const string Columns =
        "v.Id, v.Position, v.CompanyName, v.Location, v.EducationMin, v.Openings, v.SalaryMin, v.SalaryMax, v.ClosesOn, v.PublishedAt";


    public static async Task<VacancyPage> SearchAsync(SopDeskDbContext db, VacancyQuery query, DateOnly today, CancellationToken ct = default)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var match = FullTextQuery.AllOf(query.Text);
        var (from, where, parameters) = Filters(query, match, today);

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            int total;
            await using (var count = Command(connection, $"SELECT COUNT(*) FROM {from} WHERE {where}", parameters))
                total = Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);

            var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
            var page = Math.Clamp(query.Page, 1, pages);
            if (total == 0) return new VacancyPage([], 0, page, pageSize);

            var order = match is null ? "v.PublishedAt DESC, v.Id DESC" : $"{Rank}, v.PublishedAt DESC, v.Id DESC";
            // Plain browsing (no text, no filter, the most common request) walks IX_Vacancies_PublishedAt backwards and stops
            // after the page; the planner would sort every open vacancy found through IX_Vacancies_Status_ClosesOn. With a
            // filter most rows of that walk would be skipped, so the planner's choice stands.
            var plain = match is null && parameters.Count == 2;
            var pageFrom = plain ? "Vacancies v INDEXED BY IX_Vacancies_PublishedAt" : from;
            var sql = $"SELECT {Columns} FROM {pageFrom} WHERE {where} ORDER BY {order} LIMIT $take OFFSET $skip";
            var items = new List<VacancyListItem>(pageSize);
            await using (var select = Command(connection, sql, [.. parameters, ("$take", (object)pageSize), ("$skip", (object)((page - 1) * pageSize))]))
            await using (var reader = await select.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct)) items.Add(Read(reader));
            }
            return new VacancyPage(items, total, page, pageSize);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static (string From, string Where, List<(string, object)> Parameters) Filters(VacancyQuery query, string? match, DateOnly today)
    {
        var where = new StringBuilder("v.Status = $published AND v.ClosesOn >= $today");
        var parameters = new List<(string, object)>
        {
            ("$published", nameof(VacancyStatus.Published)),
            ("$today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        };
        var from = "Vacancies v";
        if (match is not null)
        {
            // CROSS JOIN fixes the loop order: the full-text query runs once and each hit looks its row up by key. With a
            // plain JOIN the planner may walk the vacancies and run the MATCH once per row (seconds at 5,000 vacancies).
            from = "VacancySearch CROSS JOIN Vacancies v ON v.Id = VacancySearch.rowid";
            where.Append(" AND VacancySearch MATCH $match");
            parameters.Add(("$match", match));
        }
        if (!string.IsNullOrWhiteSpace(query.Location))
        {
            where.Append(" AND v.Location = $location");
            parameters.Add(("$location", query.Location.Trim()));
        }
        // "What can I apply for with my level": vacancies asking at most that level (0 = any level is always included).
        if (query.Education is { } education && education != EducationLevel.Any)
        {
            where.Append(" AND v.EducationMin <= $education");
            parameters.Add(("$education", (int)education));
        }
        if (!string.IsNullOrWhiteSpace(query.Sector))
        {
            where.Append(" AND v.Sector = $sector");
            parameters.Add(("$sector", query.Sector.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(query.Position))
        {
            where.Append(@" AND v.Position LIKE $position ESCAPE '\'");
            parameters.Add(("$position", "%" + EscapeLike(query.Position.Trim()) + "%"));
        }
        return (from, where.ToString(), parameters);
    }

    private static DbCommand Command(DbConnection connection, string sql, IEnumerable<(string Name, object Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static VacancyListItem Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5),
        r.IsDBNull(6) ? null : r.GetInt64(6), r.IsDBNull(7) ? null : r.GetInt64(7),
        DateOnly.ParseExact(r.GetString(8), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.IsDBNull(9) ? null : StoredTime.FromColumn(r.GetInt64(9)));

    private static string EscapeLike(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
