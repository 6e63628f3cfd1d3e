using SopDesk.Workflows.Calendar;

namespace SopDesk.Tests.Workflows.Calendar;

public class HolidayCsvTests
{
    private static readonly string RealFile = Path.Combine(AppContext.BaseDirectory, "data", "holidays-id-2026.csv");

    [Fact]
    public void The_real_2026_list_has_17_national_holidays_and_8_cuti_bersama()
    {
        var holidays = HolidayCsv.Load(RealFile);

        holidays.Count.ShouldBe(25);
        holidays.Count(h => h.Kind == HolidayKind.LiburNasional).ShouldBe(17);
        holidays.Count(h => h.Kind == HolidayKind.CutiBersama).ShouldBe(8);
        holidays[0].ShouldBe(new Holiday(new DateOnly(2026, 1, 1), HolidayKind.LiburNasional, "Tahun Baru 2026 Masehi"));
        holidays.ShouldContain(new Holiday(new DateOnly(2026, 12, 24), HolidayKind.CutiBersama, "Cuti bersama Kelahiran Yesus Kristus"));
        holidays.Select(h => h.Date).ShouldBeInOrder();
    }

    [Theory]
    [InlineData("2026-02-30,libur_nasional,Hari tanpa tanggal", "bad date '2026-02-30'")]
    [InlineData("17-08-2026,libur_nasional,Proklamasi", "bad date '17-08-2026'")]
    [InlineData("2026-08-17,libur_nasonal,Proklamasi", "unknown kind 'libur_nasonal'")]
    [InlineData("2026-08-17,libur_nasional,", "missing name")]
    [InlineData("2026-08-17,libur_nasional,  ", "missing name")]
    [InlineData("2026-08-17,libur_nasional", "expected 3 columns")]
    [InlineData("2026-01-01,cuti_bersama,Lagi", "duplicate date 2026-01-01 (already on line 2)")]
    [InlineData("1999-12-31,libur_nasional,Malam tahun baru", "year of '1999-12-31' outside 2000–2100")]
    [InlineData("2207-08-17,libur_nasional,Proklamasi", "year of '2207-08-17' outside 2000–2100")]
    public void A_bad_line_is_reported_with_source_line_number_and_reason(string badLine, string reason)
    {
        var csv = $"date,kind,name\n2026-01-01,libur_nasional,Tahun Baru\n\n{badLine}\n2026-12-25,libur_nasional,Natal\n";

        var error = Should.Throw<HolidayCsvException>(() => HolidayCsv.Parse(csv, "libur-2026.csv"));

        error.ShouldBeAssignableTo<FormatException>();
        error.Message.ShouldStartWith("libur-2026.csv line 4: ");
        error.Message.ShouldContain(reason);
        error.SourceName.ShouldBe("libur-2026.csv");
        error.Errors.ShouldHaveSingleItem().Line.ShouldBe(4);
    }

    [Fact]
    public void Every_bad_line_is_reported_at_once()
    {
        const string csv = "date,kind,name\r\n2026-13-01,libur_nasional,X\r\n2026-05-01,libur_nasional,Hari Buruh\r\n2026-05-01,libur,Y\r\n";

        var error = Should.Throw<HolidayCsvException>(() => HolidayCsv.Parse(csv, "x.csv"));

        error.Errors.Select(e => e.Line).ShouldBe([2, 4]);
        error.Message.ShouldContain("x.csv line 2: bad date");
        error.Message.ShouldContain("x.csv line 4: unknown kind");
    }

    [Theory]
    [InlineData("2026-02-30,libur_nasional,X", HolidayCsvProblem.Date, "2026-02-30")]
    [InlineData("2101-01-01,libur_nasional,X", HolidayCsvProblem.Year, "2101-01-01")]
    [InlineData("2026-08-17,libur_nasonal,X", HolidayCsvProblem.Kind, "libur_nasonal")]
    [InlineData("2026-08-17,libur_nasional,\"\"", HolidayCsvProblem.Name, "")]
    [InlineData("2026-08-17;libur_nasional;X", HolidayCsvProblem.Columns, "1")]
    public void A_bad_line_names_its_problem_and_the_text_found_for_a_screen(string badLine, HolidayCsvProblem problem, string found)
    {
        var error = Should.Throw<HolidayCsvException>(() => HolidayCsv.Parse($"date,kind,name\n{badLine}\n", "x.csv"));

        var line = error.Errors.ShouldHaveSingleItem();
        (line.Line, line.Problem, line.Found).ShouldBe((2, problem, found));
    }

    [Fact]
    public void A_name_longer_than_the_column_and_a_duplicate_date_are_told_apart()
    {
        var csv = $"date,kind,name\n2026-10-12,libur_daerah,{new string('x', 201)}\n2026-10-13,libur_daerah,Hari jadi\n2026-10-13,libur_daerah,Lagi\n";

        var error = Should.Throw<HolidayCsvException>(() => HolidayCsv.Parse(csv, "x.csv"));

        error.Errors.Select(e => (e.Line, e.Problem, e.FirstLine)).ShouldBe([(2, HolidayCsvProblem.NameTooLong, (int?)null), (4, HolidayCsvProblem.DuplicateDate, 3)]);
        HolidayCsv.Parse($"date,kind,name\n2026-10-12,libur_daerah,{new string('x', 200)}\n", "x.csv").ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-01-01,libur_nasional,Tahun Baru\n")]
    [InlineData("tanggal,jenis,nama\n2026-01-01,libur_nasional,Tahun Baru\n")]
    public void A_file_without_the_header_is_refused(string csv)
    {
        var error = Should.Throw<HolidayCsvException>(() => HolidayCsv.Parse(csv, "x.csv"));

        error.Message.ShouldBe("x.csv line 1: the first line must be the header 'date,kind,name'");
    }

    [Fact]
    public void Regional_holidays_quoted_names_and_a_byte_order_mark_are_read()
    {
        const string csv = "\uFEFFdate,kind,name\n2026-10-12,libur_daerah,\"Hari jadi Kota Pagar Alam, ke-25\"\n2026-10-13,libur_daerah,Cuti, daerah\n";

        var holidays = HolidayCsv.Parse(csv, "daerah.csv");

        holidays.ShouldBe([
            new Holiday(new DateOnly(2026, 10, 12), HolidayKind.LiburDaerah, "Hari jadi Kota Pagar Alam, ke-25"),
            new Holiday(new DateOnly(2026, 10, 13), HolidayKind.LiburDaerah, "Cuti, daerah"),
        ]);
    }

    [Fact]
    public void Formatting_then_parsing_gives_the_same_list()
    {
        var holidays = HolidayCsv.Load(RealFile)
            .Append(new Holiday(new DateOnly(2026, 10, 12), HolidayKind.LiburDaerah, "Hari jadi \"Kota\", ke-25"))
            .ToList();

        HolidayCsv.Parse(HolidayCsv.Format(holidays), "round-trip").ShouldBe(holidays.OrderBy(h => h.Date));
    }

    [Fact]
    public void The_formatted_real_list_is_the_file_itself()
    {
        var text = File.ReadAllText(RealFile);

        HolidayCsv.Format(HolidayCsv.Parse(text, RealFile)).ShouldBe(text.ReplaceLineEndings("\n"));
    }
}
