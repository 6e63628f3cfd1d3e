using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using static SopDesk.Tests.Data.LaborMarket.LaborMarketRows;

namespace SopDesk.Tests.Data.LaborMarket;

/// <summary>Job matching on a small crafted market: each hard filter, the rank order, the reasons and what is missing, hostile text.</summary>
public sealed class JobMatcherTests : IAsyncLifetime
{
    private TempDatabase _database = default!;

    public async Task InitializeAsync() => _database = await TempDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task<IReadOnlyList<CandidateMatch>> CandidatesAsync(long vacancyId)
    {
        await using var db = _database.NewContext();
        return await JobMatcher.CandidatesAsync(db, vacancyId, Today);
    }

    private async Task<IReadOnlyList<VacancyMatch>> VacanciesAsync(long profileId)
    {
        await using var db = _database.NewContext();
        return await JobMatcher.VacanciesForAsync(db, profileId, Today);
    }

    public static TheoryData<string> Excluded => new() { "placed", "inactive", "expired", "education", "too-young", "too-old", "no-birth-date", "gender" };

    [Theory]
    [MemberData(nameof(Excluded))]
    public async Task Each_hard_filter_excludes_the_holder_and_the_vacancy_from_each_other(string filter)
    {
        await using var db = _database.NewContext();
        var vacancy = await AddVacancyAsync(db, v => (v.AgeMin, v.AgeMax, v.AgeReason, v.Gender, v.GenderReason) = (20, 30, "Kerja fisik", "Laki-laki", "Angkat beban"));
        var fits = await AddProfileAsync(db);
        var other = await AddProfileAsync(db, p =>
        {
            switch (filter)
            {
                case "placed": (p.Status, p.PlacedAt) = (SeekerStatus.Placed, Now); break;
                case "inactive": p.Status = SeekerStatus.Inactive; break;
                case "expired": p.ValidUntil = Now.AddDays(-1); break;
                case "education": p.Education = (int)EducationLevel.Smp; break;
                case "too-young": p.BirthDate = Today.AddYears(-20).AddDays(1); break;
                case "too-old": p.BirthDate = Today.AddYears(-31); break;
                case "no-birth-date": p.BirthDate = null; break;
                case "gender": p.Gender = "Perempuan"; break;
            }
        });

        (await CandidatesAsync(vacancy.Id)).Select(c => c.ProfileId).ShouldBe([fits.Id]);
        (await VacanciesAsync(other.Id)).ShouldBeEmpty();
        (await VacanciesAsync(fits.Id)).ShouldHaveSingleItem().VacancyId.ShouldBe(vacancy.Id);
    }

    [Fact]
    public async Task The_age_limits_are_inclusive_and_gender_counts_only_when_the_vacancy_requires_it()
    {
        await using var db = _database.NewContext();
        var open = await AddVacancyAsync(db, v => (v.AgeMin, v.AgeMax) = (20, 30));
        var twenty = await AddProfileAsync(db, p => (p.BirthDate, p.Gender) = (Today.AddYears(-20), "Perempuan"));
        var thirty = await AddProfileAsync(db, p => p.BirthDate = Today.AddYears(-31).AddDays(1));

        (await CandidatesAsync(open.Id)).Select(c => c.ProfileId).ShouldBe([twenty.Id, thirty.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task A_seeker_sees_only_published_vacancies_whose_closing_date_has_not_passed()
    {
        await using var db = _database.NewContext();
        var seeker = await AddProfileAsync(db);
        var published = await AddVacancyAsync(db);
        var lastDay = await AddVacancyAsync(db, v => v.ClosesOn = Today);
        await AddVacancyAsync(db, v => v.ClosesOn = Today.AddDays(-1));
        await AddVacancyAsync(db, v => v.Status = VacancyStatus.Submitted);
        await AddVacancyAsync(db, v => (v.Status, v.ClosedAt) = (VacancyStatus.Closed, Now));
        await AddVacancyAsync(db, v => v.Status = VacancyStatus.Rejected);

        (await VacanciesAsync(seeker.Id)).Select(v => v.VacancyId).ShouldBe([published.Id, lastDay.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task Candidates_rank_by_wished_position_skills_major_place_experience_and_exact_education()
    {
        await using var db = _database.NewContext();
        var vacancy = await AddVacancyAsync(db, v =>
            (v.Position, v.Skills, v.Majors, v.ExperienceYears, v.EducationMin) = ("Operator Produksi", "las, AutoCAD", "Teknik Mesin", 2, (int)EducationLevel.Sma));
        var best = await AddProfileAsync(db, p => (p.Name, p.WishedPositions, p.Skills, p.Major, p.ExperienceYears) =
            ("Terbaik", "operator produksi", "las, AutoCAD", "Teknik Mesin", 3));
        var overqualified = await AddProfileAsync(db, p => (p.Name, p.WishedPositions, p.Skills, p.Major, p.ExperienceYears, p.Education) =
            ("Lebih tinggi", "operator produksi", "las, AutoCAD", "Teknik Mesin", 3, (int)EducationLevel.D3));
        var elsewhere = await AddProfileAsync(db, p => (p.Name, p.WishedPositions, p.Skills, p.Major, p.ExperienceYears, p.WishedLocation) =
            ("Lain kota", "operator produksi", "las", "Teknik Elektro", 1, "Kota Palembang"));
        var anywhere = await AddProfileAsync(db, p => (p.Name, p.WishedPositions, p.Skills, p.WishedLocation) =
            ("Di mana saja", "admin gudang", "las", Regions.Anywhere));
        var noText = await AddProfileAsync(db, p => (p.Name, p.WishedPositions) = ("Tanpa teks", "penjahit"));

        var ranked = await CandidatesAsync(vacancy.Id);

        ranked.Select(c => c.Name).ShouldBe(["Terbaik", "Lebih tinggi", "Lain kota", "Di mana saja", "Tanpa teks"]);
        ranked[0].Score.ShouldBe(100);
        ranked.Select(c => c.Score).ShouldBeInOrder(SortDirection.Descending);
        ranked[^1].ProfileId.ShouldBe(noText.Id, "a holder without a text match comes from the fallback (same education and place) when few match");
        _ = (best, overqualified, elsewhere, anywhere);
    }

    [Fact]
    public async Task Each_candidate_says_why_they_fit_and_what_is_missing_in_Indonesian()
    {
        await using var db = _database.NewContext();
        var vacancy = await AddVacancyAsync(db, v => (v.Position, v.Skills, v.Majors, v.ExperienceYears, v.EducationMin, v.AgeMin, v.AgeMax) =
            ("Operator Produksi", "las, AutoCAD, forklift", "Teknik Mesin, Teknik Industri", 2, (int)EducationLevel.Sma, 18, 35));
        await AddProfileAsync(db, p => (p.WishedPositions, p.Skills, p.Major, p.ExperienceYears, p.Education, p.WishedLocation, p.BirthDate) =
            ("Operator produksi", "las, autocad", "Akuntansi", 1, (int)EducationLevel.D3, "Kota Pagar Alam", Today.AddYears(-25)));

        var candidate = (await CandidatesAsync(vacancy.Id)).ShouldHaveSingleItem();

        candidate.Reasons.ShouldBe([
            "Pekerjaan yang diinginkan cocok: Operator produksi",
            "Keterampilan cocok: las, AutoCAD",
            "Bersedia bekerja di Kota Pagar Alam",
            "Pendidikan D3 memenuhi syarat minimal SMA/SMK",
            "Usia 25 tahun, dalam batas 18–35 tahun",
        ]);
        candidate.Missing.ShouldBe([
            "Keterampilan belum tercatat: forklift",
            "Jurusan Akuntansi tidak disebut dalam syarat (Teknik Mesin, Teknik Industri)",
            "Pengalaman 1 tahun, diminta 2 tahun",
        ]);
        (candidate.Education, candidate.Age, candidate.Phone).ShouldBe(((int)EducationLevel.D3, (int?)25, "+6281200000000"));
        // 30 position + 25·2/3 skills + 0 major + 15 place + 10·1/2 experience + 5·0.6 education = 69.67
        candidate.Score.ShouldBe(70);
    }

    [Fact]
    public async Task Vacancies_for_a_seeker_rank_the_fitting_one_first_with_its_reasons()
    {
        await using var db = _database.NewContext();
        var seeker = await AddProfileAsync(db, p => (p.WishedPositions, p.Skills, p.WishedLocation) = ("admin gudang", "Microsoft Excel", Regions.Anywhere));
        var gudang = await AddVacancyAsync(db, v => (v.Position, v.Skills, v.Location) = ("Admin Gudang", "Microsoft Excel, inventaris", "Kota Palembang"));
        var kasir = await AddVacancyAsync(db, v => (v.Position, v.Skills) = ("Kasir", "excel"));

        var ranked = await VacanciesAsync(seeker.Id);

        ranked.Select(v => v.VacancyId).ShouldBe([gudang.Id, kasir.Id]);
        ranked[0].Reasons.ShouldContain("Pekerjaan yang diinginkan cocok: admin gudang");
        ranked[0].Reasons.ShouldContain("Bersedia bekerja di mana saja");
        ranked[0].Missing.ShouldContain("Keterampilan belum tercatat: inventaris");
    }

    [Theory]
    [InlineData("\"operator\" OR NEAR(a b) AND *")]
    [InlineData("las\"; DROP TABLE Vacancies; --")]
    [InlineData("^col:x - + ( ) { } : NOT")]
    [InlineData("\"")]
    public async Task Hostile_text_in_the_fields_does_not_break_the_full_text_query(string hostile)
    {
        await using var db = _database.NewContext();
        var vacancy = await AddVacancyAsync(db, v => (v.Position, v.Skills, v.Majors) = ($"Operator {hostile}", hostile, hostile));
        var seeker = await AddProfileAsync(db, p => (p.WishedPositions, p.Skills, p.Major) = ($"operator {hostile}", hostile, hostile));

        (await CandidatesAsync(vacancy.Id)).ShouldHaveSingleItem().ProfileId.ShouldBe(seeker.Id);
        (await VacanciesAsync(seeker.Id)).ShouldHaveSingleItem().VacancyId.ShouldBe(vacancy.Id);
        FullTextQuery.AnyOf(hostile)?.Split(" OR ").ShouldAllBe(term => term.StartsWith('"') && term.EndsWith("\"*") && term.Count(c => c == '"') == 2);
    }

    [Fact]
    public void The_match_query_is_an_OR_of_quoted_prefix_words_without_stop_words()
    {
        FullTextQuery.AnyOf("Operator Produksi", "las, AutoCAD", "Teknik Mesin dan Teknik Industri").ShouldBe(
            "\"operator\"* OR \"produksi\"* OR \"las\"* OR \"autocad\"* OR \"teknik\"* OR \"mesin\"* OR \"industri\"*");
        FullTextQuery.AnyOf("  ", null, "dan / atau").ShouldBeNull();
    }
}
