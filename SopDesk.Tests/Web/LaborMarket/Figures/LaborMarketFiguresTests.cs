using SopDesk.Data.LaborMarket;
using SopDesk.Web.Features.LaborMarket.Figures;

namespace SopDesk.Tests.Web.LaborMarket.Figures;

/// <summary>The figures of <see cref="NovemberMarket"/>: each figure, the month's edges in WIB, and the breakdowns.</summary>
public sealed class LaborMarketFiguresTests : IAsyncLifetime
{
    private FiguresServices _services = default!;

    public async Task InitializeAsync() => _services = await FiguresServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task November_counts_reported_vacancies_by_source_published_ones_their_openings_and_placements()
    {
        var s = (await _services.MonthAsync(2026, 11)).Summary;

        // V2 canvassed, V3 on behalf, V4 and V5 by employers; V1 was reported on 31 October 23.30 WIB.
        (s.ReportedByEmployer, s.Canvassed, s.OnBehalf, s.Reported).ShouldBe((2, 1, 1, 4));
        // V1, V2, V3 (30 Nov 23.59 WIB); V5 went out at 00.30 WIB on 1 December.
        (s.Published, s.Openings).ShouldBe((3, 2 + 1 + 3));
        // P1–P5; P6 on 31 October 23.00 WIB is October's.
        s.Placements.ShouldBe(5);
    }

    [Fact]
    public async Task Applicants_per_vacancy_are_over_the_vacancies_published_in_the_month_without_withdrawn_applications()
    {
        var s = (await _services.MonthAsync(2026, 11)).Summary;

        // V1 3 (a fourth was withdrawn), V2 1, V3 0; V6's two applications belong to October's vacancy.
        s.ApplicantsPerVacancyMean.ShouldNotBeNull().ShouldBe(4.0 / 3, 1e-9);
        s.ApplicantsPerVacancyMedian.ShouldBe(1);
    }

    [Fact]
    public async Task A_vacancy_is_filled_in_the_month_of_the_placement_that_reached_its_openings_and_time_to_fill_is_in_calendar_days()
    {
        var s = (await _services.MonthAsync(2026, 11)).Summary;

        // V1 2 Nov → 12 Nov (its second placement) 10 days; V2 4 Nov → 30 Nov 26 days; V6 10 Oct → 1 Nov 22 days.
        s.Filled.ShouldBe(3);
        s.MedianDaysToFill.ShouldBe(22);
        (await _services.MonthAsync(2026, 10)).Summary.Filled.ShouldBe(0, "V6's placement came at 00.15 WIB on 1 November");
    }

    [Fact]
    public async Task The_month_runs_from_midnight_to_midnight_in_the_office_zone_not_in_utc()
    {
        var year = await _services.YearAsync(2026);

        year.ByMonth.Single(m => m.Month == 10).ShouldBe(new MonthFigures(10, Reported: 2, Published: 1, Placements: 1));
        year.ByMonth.Single(m => m.Month == 11).ShouldBe(new MonthFigures(11, Reported: 4, Published: 3, Placements: 5));
        year.ByMonth.Single(m => m.Month == 12).ShouldBe(new MonthFigures(12, Reported: 0, Published: 1, Placements: 0));
        year.ByMonth.Count.ShouldBe(12);
        (year.Summary.Reported, year.Summary.Published, year.Summary.Placements, year.Summary.Filled).ShouldBe((6, 5, 6, 3));
        year.Month.ShouldBeNull();
        year.PeriodName.ShouldBe("Tahun 2026");
        (await _services.MonthAsync(2026, 11)).PeriodName.ShouldBe("November 2026");
    }

    [Fact]
    public async Task By_education_vacancies_count_by_their_minimum_and_placements_by_the_placed_persons_education()
    {
        var rows = (await _services.MonthAsync(2026, 11)).ByEducation.ToDictionary(r => (EducationLevel)int.Parse(r.Key));

        rows[EducationLevel.Sma].ShouldBe(new GroupFigures("3", "SMA/SMK", Published: 1, Openings: 2, Filled: 2, Placements: 2, MedianDaysToFill: 16));
        rows[EducationLevel.S1].ShouldBe(new GroupFigures("7", "D4/S1", Published: 1, Openings: 1, Filled: 1, Placements: 1, MedianDaysToFill: 26));
        (rows[EducationLevel.Any] with { Label = "" }).ShouldBe(new GroupFigures("0", "", 1, 3, 0, 0, null));
        rows[EducationLevel.Smp].Placements.ShouldBe(1, "V6 asked SMA/SMK, the person placed has SMP: the placement's own snapshot counts");
        rows[EducationLevel.D3].ShouldBe(new GroupFigures("6", "D3", 0, 0, 0, 1, null));
        rows.Values.Sum(r => r.Placements).ShouldBe(5);
    }

    [Fact]
    public async Task By_sector_vacancies_count_by_their_kbli_section_and_placements_by_their_snapshot()
    {
        var rows = (await _services.MonthAsync(2026, 11)).BySector.Where(r => !r.IsEmpty).ToDictionary(r => r.Key);

        rows.Keys.ShouldBe(["A", "G", "I", "Q"], ignoreOrder: true);
        rows["A"].ShouldBe(new GroupFigures("A", $"A — {Sectors.Name("A")}", Published: 1, Openings: 2, Filled: 2, Placements: 3, MedianDaysToFill: 16));
        rows["Q"].ShouldBe(rows["Q"] with { Published = 1, Openings = 1, Filled = 1, Placements = 1, MedianDaysToFill = 26 });
        rows["I"].ShouldBe(rows["I"] with { Published = 1, Openings = 3, Filled = 0, Placements = 0, MedianDaysToFill = null });
        rows["G"].ShouldBe(rows["G"] with { Published = 0, Placements = 1 });
    }

    [Fact]
    public void The_median_of_an_even_list_is_the_mean_of_its_two_middle_values()
    {
        FigureCalculator.Median([1, 3, 10, 40]).ShouldBe(6.5);
        FigureCalculator.Median([5]).ShouldBe(5);
        FigureCalculator.Median([]).ShouldBeNull();
    }
}
