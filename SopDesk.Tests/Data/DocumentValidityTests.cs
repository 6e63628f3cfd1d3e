using SopDesk.Data.Registers;

namespace SopDesk.Tests.Data;

/// <summary>A document's validity is its signing moment plus whole months on the office's calendar (WIB), ending early in short months.</summary>
public sealed class DocumentValidityTests
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
    private static readonly TimeSpan Seven = TimeSpan.FromHours(7);

    [Theory]
    [InlineData("2027-01-31T10:00:00+07:00", 1, "2027-02-28T10:00:00+07:00")] // February has no 31st: its last day
    [InlineData("2028-01-31T10:00:00+07:00", 1, "2028-02-29T10:00:00+07:00")] // a leap year's last day
    [InlineData("2026-11-24T09:00:00+07:00", 24, "2028-11-24T09:00:00+07:00")]
    [InlineData("2027-03-31T05:00:00+07:00", 1, "2027-04-30T05:00:00+07:00")] // still 30 March in UTC: counted in WIB all the same
    [InlineData("2027-08-31T23:30:00+07:00", 36, "2030-08-31T23:30:00+07:00")]
    public void Months_are_added_to_the_office_date(string signed, int months, string expected)
    {
        var signedAt = DateTimeOffset.Parse(signed, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();

        var until = DocumentValidity.Until(signedAt, months, Wib);

        until.ToOffset(Seven).ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        until.Offset.ShouldBe(signedAt.Offset, "stored with the signature's offset");
    }
}
