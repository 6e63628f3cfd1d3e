namespace SopDesk.Data.LaborMarket;

/// <summary>What the public listing asks: free text (FTS5 over position, skills, majors, description, company), filters, page.</summary>
public sealed record VacancyQuery(string? Text = null, string? Location = null, EducationLevel? Education = null, string? Position = null,
    string? Sector = null, int Page = 1, int PageSize = 20);

public sealed record VacancyListItem(long Id, string Position, string CompanyName, string Location, int EducationMin, int Openings,
    long? SalaryMin, long? SalaryMax, DateOnly ClosesOn, DateTimeOffset? PublishedAt);

public sealed record VacancyPage(IReadOnlyList<VacancyListItem> Items, int Total, int Page, int PageSize);

/// <summary>
/// The public listing's query: published vacancies whose closing date has not passed (office calendar date
/// <c>today</c>), filtered and paged, newest first (or best text match first when a text is given). Owned by the listing.
/// </summary>
public static class VacancySearch
{
    public static Task<VacancyPage> SearchAsync(SopDeskDbContext db, VacancyQuery query, DateOnly today, CancellationToken ct = default) =>
        throw new NotImplementedException("VacancySearch: implemented by the listing branch");
}
