using System.Globalization;

namespace SopDesk.Web.Features.Registers.Export;

/// <summary>Row values as the text of a worksheet cell: numbers and date serials in invariant form, anything as display text.</summary>
internal static class ExcelCellValue
{
    /// <summary>Day 0 of Excel's 1900 date system as it counts from March 1900 on (its phantom 29 February 1900 included).</summary>
    private static readonly DateOnly SerialEpoch = new(1899, 12, 30);

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A number Excel can store; NaN and infinities cannot be stored and are refused.</summary>
    public static bool TryNumber(object value, out string number)
    {
        number = value switch
        {
            int i => i.ToString(Invariant),
            long l => l.ToString(Invariant),
            short s => s.ToString(Invariant),
            byte b => b.ToString(Invariant),
            decimal m => m.ToString(Invariant),
            double d when double.IsFinite(d) => d.ToString("R", Invariant),
            float f when float.IsFinite(f) => f.ToString("R", Invariant),
            _ => "",
        };
        return number.Length > 0;
    }

    /// <summary>The Excel serial of a date (whole days) or, with <paramref name="withTime"/>, of a date and time (day fraction).</summary>
    public static bool TryDateSerial(object value, bool withTime, out string serial)
    {
        DateTime? local = value switch
        {
            DateOnly d => d.ToDateTime(TimeOnly.MinValue),
            DateTime t => t,
            DateTimeOffset o => o.DateTime,
            _ => null,
        };
        serial = local is { } at && at >= SerialEpoch.ToDateTime(TimeOnly.MinValue)
            ? withTime ? at.ToOADate().ToString("R", Invariant) : (DateOnly.FromDateTime(at).DayNumber - SerialEpoch.DayNumber).ToString(Invariant)
            : "";
        return serial.Length > 0;
    }

    /// <summary>Any value as cell text: strings unchanged (leading zeros kept), dates as Indonesian offices write them.</summary>
    public static string AsText(object value) => value switch
    {
        string s => s,
        DateOnly d => d.ToString("dd/MM/yyyy", Invariant),
        DateTime t => t.ToString("dd/MM/yyyy HH:mm", Invariant),
        IFormattable f => f.ToString(null, Invariant),
        _ => value.ToString() ?? "",
    };
}
