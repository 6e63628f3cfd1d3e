using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using static SopDesk.Tests.Data.LaborMarket.LaborMarketRows;

namespace SopDesk.Tests.Data.LaborMarket;

/// <summary>
/// The public listing's text search on the run's provider (SQLite FTS5 + bm25, or PostgreSQL's tsvector + ts_rank: decision
/// 044): the same words find the same vacancies — prefixes, case, marks, punctuation — and the position weighs most.
/// </summary>
public sealed class VacancyTextSearchTests : IAsyncLifetime
{
    private TempDatabase _database = default!;

    public async Task InitializeAsync() => _database = await TempDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task<VacancyRecord> AddAsync(string position, Action<VacancyRecord>? shape = null)
    {
        await using var db = _database.NewContext();
        return await AddVacancyAsync(db, v =>
        {
            v.Position = position;
            shape?.Invoke(v);
        });
    }

    private async Task<VacancyPage> SearchAsync(VacancyQuery query)
    {
        await using var db = _database.NewContext();
        return await VacancySearch.SearchAsync(db, query, Today);
    }

    [Theory]
    [InlineData("operat")]        // a prefix
    [InlineData("OPERATOR")]      // case
    [InlineData("mesin")]         // the index folds "Mésin"
    [InlineData("d3")]            // "S1/D3" is two words
    [InlineData("las autocad")]   // every word, in any column
    public async Task The_same_words_find_the_vacancy(string text)
    {
        var found = await AddAsync("Operator Mésin", v => (v.Skills, v.Majors) = ("las, AutoCAD", "S1/D3 Teknik"));
        await AddAsync("Kasir", v => v.Description = "Toko bangunan.");

        var page = await SearchAsync(new VacancyQuery(Text: text));

        page.Items.Select(i => i.Id).ShouldBe([found.Id]);
        page.Total.ShouldBe(1);
    }

    [Fact]
    public async Task A_word_in_the_position_ranks_above_the_same_word_in_the_description()
    {
        var inDescription = await AddAsync("Kasir", v => v.Description = "Membantu gudang sesekali.");
        var inPosition = await AddAsync("Staf Gudang", v => v.Description = "Shift pagi.");

        var page = await SearchAsync(new VacancyQuery(Text: "gudang"));

        page.Items.Select(i => i.Id).ShouldBe([inPosition.Id, inDescription.Id]);
    }

    [Fact]
    public async Task Filters_paging_and_the_stored_publication_time_read_back_alike()
    {
        var first = await AddAsync("Operator Produksi", v => v.PublishedAt = Now.AddDays(-1));
        var second = await AddAsync("Operator Forklift", v => v.PublishedAt = Now.AddDays(-2));
        await AddAsync("Operator Gudang", v => v.Location = "Kota Palembang");

        var page = await SearchAsync(new VacancyQuery(Location: "Kota Pagar Alam", Position: "OPERATOR", PageSize: 1, Page: 2));

        page.Total.ShouldBe(2); // "OPERATOR" matches case-insensitively on both providers
        var item = page.Items.ShouldHaveSingleItem();
        item.Id.ShouldBe(second.Id);
        item.PublishedAt.ShouldBe(Now.AddDays(-2));
        item.ClosesOn.ShouldBe(Today.AddDays(30));
        first.Id.ShouldNotBe(second.Id);
    }

    [Theory]
    [InlineData("\"kasir\" OR NEAR(gudang)")]
    [InlineData("kasir:* & !gudang | (")]
    public async Task Query_syntax_of_either_engine_is_only_words(string hostile)
    {
        var kasir = await AddAsync("Kasir Gudang");

        var page = await SearchAsync(new VacancyQuery(Text: hostile));

        page.Items.Select(i => i.Id).ShouldBe([kasir.Id]);
    }
}
