using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Workflows.Engine;

public class FieldValidatorTests
{
    [Theory]
    [InlineData("198705122010011003", null)]
    [InlineData("19870512201001100", "18 digit")]
    [InlineData("198713122010011003", "tanggal lahir")]   // month 13
    [InlineData("198705121990011003", "TMT")]             // appointed at 2 years old
    [InlineData("198705122010013003", "jenis kelamin")]   // gender digit 3
    public void NIP_rules(string nip, string? error)
    {
        var message = FieldValidator.NipError(nip);
        if (error is null) message.ShouldBeNull();
        else message.ShouldNotBeNull().ShouldContain(error);
    }

    [Theory]
    [InlineData(FieldType.Money, "1.500.000", null)]
    [InlineData(FieldType.Money, "1500000", null)]
    [InlineData(FieldType.Money, "-5", "nominal")]
    [InlineData(FieldType.Number, "dua", "angka")]
    [InlineData(FieldType.Date, "2026-02-30", "tanggal")]
    [InlineData(FieldType.Date, "30/01/2026", "tanggal")]
    [InlineData(FieldType.Phone, "+6281234567890", null)]
    [InlineData(FieldType.Phone, "12-34", "digit")]
    [InlineData(FieldType.Email, "a@b", "email")]
    public void Type_rules(FieldType type, string value, string? error)
    {
        var message = FieldValidator.Check(new FormField { Id = "x", Label = "Isian", Type = type }, value);
        if (error is null) message.ShouldBeNull();
        else message.ShouldNotBeNull().ShouldContain(error);
    }

    [Fact]
    public void Length_range_pattern_and_options_are_checked()
    {
        var field = new FormField { Id = "kpj", Label = "Nomor KPJ", Type = FieldType.Text, Pattern = "[0-9]{11}", MaxLength = 11 };
        FieldValidator.Check(field, "1234567890").ShouldNotBeNull().ShouldContain("format");
        FieldValidator.Check(field, "12345678901").ShouldBeNull();
        FieldValidator.Check(new FormField { Id = "n", Label = "Tahun", Type = FieldType.Number, Min = 1950 }, "1900").ShouldNotBeNull().ShouldContain("minimal");
        FieldValidator.Check(new FormField { Id = "c", Label = "Agama", Type = FieldType.Choice, Options = ["Islam"] }, "Lainnya").ShouldNotBeNull();
    }
}
