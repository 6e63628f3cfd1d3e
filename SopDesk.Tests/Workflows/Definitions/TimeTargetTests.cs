using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Workflows.Definitions;

public class TimeTargetTests
{
    [Theory]
    [InlineData("5 Menit", 5, TimeUnit.Minutes)]
    [InlineData("30 menit", 30, TimeUnit.Minutes)]
    [InlineData("2 jam", 2, TimeUnit.Hours)]
    [InlineData("7 Hari", 7, TimeUnit.WorkingDays)]
    [InlineData("1 hari kerja", 1, TimeUnit.WorkingDays)]
    [InlineData("30 HARI KERJA", 30, TimeUnit.WorkingDays)]
    [InlineData("7 hari kalender", 7, TimeUnit.CalendarDays)]
    [InlineData("1 minggu", 1, TimeUnit.WorkingWeeks)]
    [InlineData("  10 menit ", 10, TimeUnit.Minutes)]
    public void Printed_targets_parse_to_amount_and_unit(string text, int amount, TimeUnit unit)
    {
        var target = TimeTarget.Parse(text);

        target.Amount.ShouldBe(amount);
        target.Unit.ShouldBe(unit);
        target.Text.ShouldBe(text.Trim());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("menit")]
    [InlineData("0 menit")]
    [InlineData("-1 jam")]
    [InlineData("5 detik")]
    [InlineData("5menit")]
    [InlineData("12345 menit")]
    [InlineData("1,5 jam")]
    [InlineData("1 bulan")]
    public void Anything_else_is_not_a_time_target(string text)
    {
        TimeTarget.TryParse(text, out var target).ShouldBeFalse();
        target.ShouldBeNull();
        Should.Throw<FormatException>(() => TimeTarget.Parse(text)).Message.ShouldContain("bukan target waktu");
    }
}
