using System.Collections.Immutable;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Workflows.Engine;

/// <summary>
/// The AK1 submission as the front desk records it: a birth date is a real past date, the NIK agrees with
/// the birth date and gender beside it, no value is unbounded, and invisible control characters never reach
/// the berkas.
/// </summary>
public class PersonFieldsTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(CaseDriver.Monday9.DateTime);

    private static EngineResult Submit(params (string Field, string Value)[] changes)
    {
        var driver = new CaseDriver("ak1");
        var values = SampleValues.For(driver.Definition.FirstStep);
        foreach (var (field, value) in changes) values = values.SetItem(field, value);
        return driver.TryStart(values: values);
    }

    private static ImmutableDictionary<string, string> ErrorsOf(EngineResult result) =>
        result.ShouldBeOfType<Refused>().FieldErrors;

    [Fact]
    public void The_sample_AK1_submission_is_accepted() =>
        Submit().ShouldBeOfType<Accepted>();

    [Theory]
    [InlineData("2029-05-05", "setelah hari ini")]
    [InlineData("1899-12-31", "sebelum tahun 1900")]
    public void A_birth_date_in_the_future_or_before_1900_is_refused(string born, string expected) =>
        ErrorsOf(Submit(("tanggalLahir", born)))["tanggalLahir"].ShouldContain(expected);

    [Theory]
    // NIK 167201 45 05 90 0003: a woman born 05-05-1990.
    [InlineData("tanggalLahir", "1990-05-06", "tidak cocok dengan Tanggal lahir 06-05-1990")]
    [InlineData("tanggalLahir", "1991-05-05", "tidak cocok")]
    [InlineData("jenisKelamin", "Laki-laki", "menunjukkan perempuan")]
    public void A_NIK_that_disagrees_with_the_birth_date_or_gender_is_refused_on_the_NIK(string field, string value, string expected) =>
        ErrorsOf(Submit((field, value)))["nik"].ShouldContain(expected);

    [Fact]
    public void A_mans_NIK_needs_Laki_laki()
    {
        // Born 05-05-1990, a man: the day digits are 05.
        Submit(("nik", "1672010505900003"), ("jenisKelamin", "Laki-laki")).ShouldBeOfType<Accepted>();
        ErrorsOf(Submit(("nik", "1672010505900003")))["nik"].ShouldContain("menunjukkan laki-laki");
    }

    [Fact]
    public void The_NIK_is_compared_with_the_birth_date_the_berkas_already_holds()
    {
        var fields = new CaseDriver("ak1").Definition.FirstStep.Fields;
        var held = ImmutableDictionary<string, string>.Empty.Add("tanggalLahir", "1990-05-05").Add("jenisKelamin", "Perempuan");
        var sent = new Dictionary<string, string> { ["nik"] = "1672014506900003" };
        FieldValidator.Validate(fields.Select(f => f with { Required = false }), sent, Today, held)["nik"].ShouldContain("tidak cocok");
    }

    [Theory]
    [InlineData(FieldType.Text, 200)]
    [InlineData(FieldType.Textarea, 2000)]
    [InlineData(FieldType.Email, 254)]
    public void Every_text_field_has_a_maximum_length_even_when_the_file_names_none(FieldType type, int max)
    {
        var field = new FormField { Id = "x", Label = "Isian", Type = type };
        FieldValidator.MaxLengthOf(field).ShouldBe(max);
        FieldValidator.Check(field, new string('a', 1024 * 1024)).ShouldNotBeNull().ShouldContain($"maksimal {max} karakter");
    }

    [Fact]
    public void A_30_KB_name_is_refused_with_its_length()
    {
        ErrorsOf(Submit(("nama", new string('a', 30 * 1024))))["nama"].ShouldBe("Nama lengkap maksimal 100 karakter (terisi 30720).");
        ErrorsOf(Submit(("alamat", new string('a', 1024 * 1024))))["alamat"].ShouldContain("maksimal 300 karakter");
    }

    [Fact]
    public void Invisible_control_characters_are_removed_before_the_value_is_kept()
    {
        // U+202E (right-to-left override) would show "Dewi" as "iweD"; U+200B is a zero-width space; U+0007 a bell.
        var accepted = Submit(("nama", "\u202EDewi\u200B Angg\u0007raini\u202C"), ("alamat", "Jl. Kapten Sanap\u202E No. 7\nKel. Beringin Jaya"))
            .ShouldBeOfType<Accepted>();
        accepted.State.Data["nama"].ShouldBe("Dewi Anggraini");
        accepted.State.Data["alamat"].ShouldBe("Jl. Kapten Sanap No. 7\nKel. Beringin Jaya");
        accepted.Closed!.Values["nama"].ShouldBe("Dewi Anggraini");
    }

    [Fact]
    public void A_single_line_value_loses_its_line_breaks_and_a_note_its_control_characters()
    {
        InputText.Clean("Dewi\r\nAnggraini\t", multiline: false).ShouldBe("Dewi Anggraini");
        InputText.CleanNote("\u202E\u200B").ShouldBeNull();
        InputText.CleanNote("Ijazah\u202E belum ada").ShouldBe("Ijazah belum ada");
    }
}
