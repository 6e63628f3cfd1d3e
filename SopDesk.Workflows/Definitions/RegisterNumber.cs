using System.Globalization;
using System.Text.RegularExpressions;

namespace SopDesk.Workflows.Definitions;

/// <summary>Writes a register number from its pattern: {seq} or {seq:0000} (zero-padded), {unit}, {year}, {month}.</summary>
public static partial class RegisterNumber
{
    public static string Format(RegisterDefinition register, int sequence, DateOnly officeDay) =>
        Placeholder().Replace(register.Numbering, match => match.Groups[1].Value switch
        {
            "unit" => register.Unit ?? "",
            "year" => officeDay.Year.ToString(CultureInfo.InvariantCulture),
            "month" => officeDay.Month.ToString("00", CultureInfo.InvariantCulture),
            var seq => sequence.ToString(seq == "seq" ? "0" : seq["seq:".Length..], CultureInfo.InvariantCulture), // "seq:0000" pads to four digits
        });

    [GeneratedRegex(@"\{(seq(?::0+)?|unit|year|month)\}")]
    private static partial Regex Placeholder();
}
