using System.Globalization;
using System.Text.RegularExpressions;

namespace SopDesk.Workflows.Definitions;

public enum TimeUnit { Minutes, Hours, WorkingDays, CalendarDays, WorkingWeeks }

/// <summary>
/// A step's time target as the SOP prints it ("5 Menit", "2 jam", "7 Hari", "1 minggu").
/// Minutes and hours count office time; "hari" counts hari kerja (working days) unless written
/// "hari kalender"; "minggu" is a working week (5 hari kerja).
/// </summary>
public sealed partial record TimeTarget(int Amount, TimeUnit Unit, string Text)
{
    public static bool TryParse(string? text, out TimeTarget? target)
    {
        target = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var match = Grammar().Match(text.Trim());
        if (!match.Success) return false;
        var amount = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (amount <= 0) return false;
        var unit = match.Groups["u"].Value.ToLowerInvariant() switch
        {
            "menit" => TimeUnit.Minutes,
            "jam" => TimeUnit.Hours,
            "hari" or "hari kerja" => TimeUnit.WorkingDays,
            "hari kalender" => TimeUnit.CalendarDays,
            _ => TimeUnit.WorkingWeeks,
        };
        target = new TimeTarget(amount, unit, text.Trim());
        return true;
    }

    /// <summary>
    /// The largest amount a file may give per unit, so a typo ("9999 minggu") is refused rather than run:
    /// a working day of minutes, a working week of hours, about a year of days or weeks.
    /// </summary>
    public static int Maximum(TimeUnit unit) => unit switch
    {
        TimeUnit.Minutes => 480,
        TimeUnit.Hours => 40,
        TimeUnit.WorkingDays => 260,
        TimeUnit.CalendarDays => 366,
        _ => 52,
    };

    /// <summary>The unit as a file writes it, for messages.</summary>
    public static string UnitName(TimeUnit unit) => unit switch
    {
        TimeUnit.Minutes => "menit",
        TimeUnit.Hours => "jam",
        TimeUnit.WorkingDays => "hari kerja",
        TimeUnit.CalendarDays => "hari kalender",
        _ => "minggu",
    };

    /// <summary>Null when within <see cref="Maximum"/>; otherwise why the target is refused.</summary>
    public string? OverMaximum() =>
        Amount > Maximum(Unit) ? $"'{Text}' melebihi batas waktu {Maximum(Unit)} {UnitName(Unit)}" : null;

    public static TimeTarget Parse(string text) =>
        TryParse(text, out var t) ? t! : throw new FormatException(
            $"'{text}' bukan target waktu: tulis mis. \"5 menit\", \"2 jam\", \"1 hari kerja\", \"7 hari kalender\", \"1 minggu\".");

    public override string ToString() => Text;

    [GeneratedRegex(@"^(?<n>\d{1,4})\s+(?<u>menit|jam|hari kerja|hari kalender|hari|minggu)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();
}
