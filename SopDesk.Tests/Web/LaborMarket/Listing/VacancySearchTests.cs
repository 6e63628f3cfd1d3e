using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Tests.Data;
using static SopDesk.Tests.Web.LaborMarket.Listing.ListingBed;

namespace SopDesk.Tests.Web.LaborMarket.Listing;

/// <summary>The public listing's query on a fresh database: only open vacancies, the filters, the text match and its order, paging.</summary>
public sealed class VacancySearchTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 12, 1);
    private TempDatabase _database = default!;

    public async Task InitializeAsync() => _database = await TempDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task<VacancyRecord> AddAsync(string position, Action<VacancyRecord>? change = null)
    {
        await using var db = _database.NewContext();
        return await ListingBed.AddAsync(db, position, v =>
        {
            v.ClosesOn = Day.AddDays(14);
            change?.Invoke(v);
        });
    }

    private async Task<VacancyPage> SearchAsync(VacancyQuery query)
    {
        await using var db = _database.NewContext();
        return await VacancySearch.SearchAsync(db, query, Day);
    }

    [Fact]
    public async Task Only_published_vacancies_that_close_today_or_later_are_listed()
    {
        var open = await AddAsync("Kasir");
        var closingToday = await AddAsync("Pramuniaga", v => v.ClosesOn = Day);
        await AddAsync("Expired", v => v.ClosesOn = Day.AddDays(-1));
        await AddAsync("Submitted", v => v.Status = VacancyStatus.Submitted);
        await AddAsync("Returned", v => v.Status = VacancyStatus.Returned);
        await AddAsync("Rejected", v => v.Status = VacancyStatus.Rejected);
        await AddAsync("Closed", v => v.Status = VacancyStatus.Closed);

        var page = await SearchAsync(new VacancyQuery());

        page.Total.ShouldBe(2);
        page.Items.Select(i => i.Id).ShouldBe([closingToday.Id, open.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task Without_text_the_newest_published_comes_first()
    {
        var older = await AddAsync("Satpam", v => v.PublishedAt = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(7)));
        var newer = await AddAsync("Sopir", v => v.PublishedAt = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(7)));

        var page = await SearchAsync(new VacancyQuery());

        page.Items.Select(i => i.Id).ShouldBe([newer.Id, older.Id]);
        page.Items[0].PublishedAt.ShouldBe(newer.PublishedAt);
        page.Items[0].ClosesOn.ShouldBe(Day.AddDays(14));
    }

    [Fact]
    public async Task Text_matches_word_prefixes_in_position_skills_majors_description_and_company()
    {
        var position = await AddAsync("Operator Produksi");
        var skills = await AddAsync("Staf Gudang", v => v.Skills = "Operasional forklift");
        var company = await AddAsync("Kurir", v => v.CompanyName = "CV Operasi Cepat");
        await AddAsync("Kasir");

        var page = await SearchAsync(new VacancyQuery(Text: "opera"));

        page.Items.Select(i => i.Id).ShouldBe([position.Id, skills.Id, company.Id], ignoreOrder: true);
        (await SearchAsync(new VacancyQuery(Text: "OPERATOR produksi"))).Items.Select(i => i.Id).ShouldBe([position.Id]);
    }

    [Fact]
    public async Task A_match_in_the_position_ranks_above_a_match_in_the_description_only()
    {
        var described = await AddAsync("Staf Umum", v =>
        {
            v.Description = "Membantu akuntan menyusun laporan.";
            v.PublishedAt = DateTimeOffset.UtcNow; // newer: the order comes from bm25, not the date
        });
        var titled = await AddAsync("Akuntan", v => v.PublishedAt = DateTimeOffset.UtcNow.AddDays(-5));

        var page = await SearchAsync(new VacancyQuery(Text: "akuntan"));

        page.Items.Select(i => i.Id).ShouldBe([titled.Id, described.Id]);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("-")]
    [InlineData("kasir\" OR \"x")]
    [InlineData("AND")]
    [InlineData("col:kasir")]
    [InlineData("kasir -")]
    public async Task Hostile_text_never_errors(string text)
    {
        await AddAsync("Kasir");

        var page = await SearchAsync(new VacancyQuery(Text: text));

        page.Total.ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task Only_punctuation_means_no_text_filter()
    {
        await AddAsync("Kasir");
        await AddAsync("Satpam");

        (await SearchAsync(new VacancyQuery(Text: "\"*()-"))).Total.ShouldBe(2);
    }

    [Fact]
    public async Task Location_sector_and_position_filters_narrow_the_list()
    {
        var match = await AddAsync("Teknisi Listrik", v => { v.Location = "Kota Pagar Alam"; v.Sector = "F"; });
        await AddAsync("Teknisi Listrik", v => { v.Location = "Kota Palembang"; v.Sector = "F"; });
        await AddAsync("Teknisi Listrik", v => { v.Location = "Kota Pagar Alam"; v.Sector = "C"; });
        await AddAsync("Kasir", v => { v.Location = "Kota Pagar Alam"; v.Sector = "F"; });

        var page = await SearchAsync(new VacancyQuery(Location: "Kota Pagar Alam", Sector: "F", Position: "teknisi"));

        page.Items.Select(i => i.Id).ShouldBe([match.Id]);
    }

    [Fact]
    public async Task Position_filter_treats_like_wildcards_as_text()
    {
        await AddAsync("Kasir");
        var literal = await AddAsync("Admin 100% jujur");

        (await SearchAsync(new VacancyQuery(Position: "%"))).Items.Select(i => i.Id).ShouldBe([literal.Id]);
        (await SearchAsync(new VacancyQuery(Position: "_"))).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Education_shows_what_a_person_with_that_level_can_apply_for()
    {
        var any = await AddAsync("Buruh harian", v => v.EducationMin = (int)EducationLevel.Any);
        var smp = await AddAsync("Pelayan", v => v.EducationMin = (int)EducationLevel.Smp);
        var sma = await AddAsync("Kasir", v => v.EducationMin = (int)EducationLevel.Sma);
        await AddAsync("Akuntan", v => v.EducationMin = (int)EducationLevel.S1);

        var page = await SearchAsync(new VacancyQuery(Education: EducationLevel.Sma));

        page.Items.Select(i => i.Id).ShouldBe([any.Id, smp.Id, sma.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task Pages_hold_twenty_and_a_page_out_of_range_is_clamped()
    {
        for (var i = 0; i < 45; i++) await AddAsync($"Lowongan {i}", v => v.PublishedAt = DateTimeOffset.UtcNow.AddMinutes(-i));

        var first = await SearchAsync(new VacancyQuery());
        var third = await SearchAsync(new VacancyQuery(Page: 3));
        var beyond = await SearchAsync(new VacancyQuery(Page: 99));
        var below = await SearchAsync(new VacancyQuery(Page: -4));

        (first.Total, first.Items.Count, first.PageCount).ShouldBe((45, 20, 3));
        first.Items[0].Position.ShouldBe("Lowongan 0");
        (third.Page, third.Items.Count).ShouldBe((3, 5));
        third.Items[^1].Position.ShouldBe("Lowongan 44");
        (beyond.Page, beyond.Items.Count).ShouldBe((3, 5));
        (below.Page, below.Items.Count).ShouldBe((1, 20));
    }

    [Fact]
    public async Task An_empty_result_is_page_one_of_one()
    {
        var page = await SearchAsync(new VacancyQuery(Text: "tidakadakata", Page: 5));

        (page.Total, page.Page, page.PageCount, page.Items.Count).ShouldBe((0, 1, 1, 0));
    }

    [Fact]
    public async Task Items_carry_what_a_card_shows()
    {
        await AddAsync("Kasir", v => { v.CompanyName = "Toko Maju"; v.SalaryMin = 3_500_000; v.SalaryMax = 4_500_000; v.Openings = 3; });

        var item = (await SearchAsync(new VacancyQuery(Text: "kasir"))).Items.Single();

        (item.Position, item.CompanyName, item.Location, item.EducationMin, item.Openings, item.SalaryMin, item.SalaryMax)
            .ShouldBe(("Kasir", "Toko Maju", "Kota Palembang", (int)EducationLevel.Sma, 3, (long?)3_500_000, (long?)4_500_000));
    }
}
