using System.Globalization;
using System.Text;

namespace SopDesk.Workflows.Calendar;

/// <summary>
/// The holiday list as the office keeps it (data/holidays-id-2026.csv): a header <c>date,kind,name</c>, then
/// one closed day a line — <c>2026-03-19,libur_nasional,Hari Suci Nyepi</c>. Kinds: libur_nasional,
/// cuti_bersama, libur_daerah. Dates lie in <see cref="Holiday.FirstYear"/>–<see cref="Holiday.LastYear"/>, names
/// are at most <see cref="Holiday.MaxNameLength"/> characters. A list never claims a year is complete: the office
/// adds the next year's decree.
/// </summary>
public static class HolidayCsv
{
    public const string Header = "date,kind,name";
    private const string DateFormat = "yyyy-MM-dd";

    private static readonly Dictionary<string, HolidayKind> KindsByCode = new(StringComparer.Ordinal)
    {
        ["libur_nasional"] = HolidayKind.LiburNasional,
        ["cuti_bersama"] = HolidayKind.CutiBersama,
        ["libur_daerah"] = HolidayKind.LiburDaerah,
    };

    /// <summary>Reads a holiday file; errors name the file's path.</summary>
    public static IReadOnlyList<Holiday> Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>
    /// Parses the CSV text; blank lines are skipped and a name may hold commas (it is the rest of the line,
    /// optionally in double quotes). Every bad line is reported at once in a <see cref="HolidayCsvException"/>
    /// naming <paramref name="sourceName"/>, the line number and what is wrong.
    /// </summary>
    public static IReadOnlyList<Holiday> Parse(string csvText, string sourceName)
    {
        var lines = csvText.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        var errors = new List<HolidayCsvError>();
        var holidays = new List<Holiday>();
        var lineOfDate = new Dictionary<DateOnly, int>();

        var headerIndex = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        if (headerIndex < 0 || !lines[headerIndex].Trim().Equals(Header, StringComparison.OrdinalIgnoreCase))
        {
            var line = headerIndex < 0 ? 1 : headerIndex + 1;
            throw new HolidayCsvException(sourceName,
                [new(line, HolidayCsvProblem.Header, headerIndex < 0 ? "" : lines[headerIndex].Trim(), $"the first line must be the header '{Header}'")]);
        }

        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var lineNumber = i + 1;
            var (holiday, problem) = ParseLine(lines[i], lineNumber);
            if (problem is not null) errors.Add(problem);
            else if (lineOfDate.TryGetValue(holiday!.Date, out var first))
            {
                var date = holiday.Date.ToString(DateFormat, CultureInfo.InvariantCulture);
                errors.Add(new(lineNumber, HolidayCsvProblem.DuplicateDate, date, $"duplicate date {date} (already on line {first})", first));
            }
            else
            {
                lineOfDate[holiday.Date] = lineNumber;
                holidays.Add(holiday);
            }
        }
        if (errors.Count > 0) throw new HolidayCsvException(sourceName, errors);
        return holidays.OrderBy(h => h.Date).ToList();
    }

    /// <summary>Writes holidays in the same format, ordered by date (for export and round trips).</summary>
    public static string Format(IEnumerable<Holiday> holidays)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var h in holidays.OrderBy(h => h.Date))
        {
            var name = h.Name.Contains('"') || h.Name.Contains(',') ? $"\"{h.Name.Replace("\"", "\"\"")}\"" : h.Name;
            text.Append(h.Date.ToString(DateFormat, CultureInfo.InvariantCulture)).Append(',')
                .Append(KindCode(h.Kind)).Append(',').Append(name).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The code a kind has in the file (libur_nasional, cuti_bersama, libur_daerah).</summary>
    public static string KindCode(HolidayKind kind) => KindsByCode.First(p => p.Value == kind).Key;

    /// <summary>The kind for a code as written in the CSV (libur_nasional, cuti_bersama, libur_daerah).</summary>
    public static HolidayKind KindOf(string code) =>
        KindsByCode.TryGetValue(code, out var kind) ? kind : throw new FormatException($"Unknown holiday kind '{code}'.");

    private static (Holiday? Holiday, HolidayCsvError? Problem) ParseLine(string line, int lineNumber)
    {
        var fields = line.Split(',', 3);
        if (fields.Length < 3)
            return Bad(HolidayCsvProblem.Columns, fields.Length.ToString(CultureInfo.InvariantCulture), $"expected 3 columns '{Header}', found {fields.Length}");

        var dateText = fields[0].Trim();
        if (!DateOnly.TryParseExact(dateText, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Bad(HolidayCsvProblem.Date, dateText, $"bad date '{dateText}' (write {DateFormat}, e.g. 2026-08-17)");
        if (!Holiday.IsYearInRange(date.Year))
            return Bad(HolidayCsvProblem.Year, dateText, $"year of '{dateText}' outside {Holiday.FirstYear}–{Holiday.LastYear}");

        var kindText = fields[1].Trim();
        if (!KindsByCode.TryGetValue(kindText, out var kind))
            return Bad(HolidayCsvProblem.Kind, kindText, $"unknown kind '{kindText}' (use {string.Join(", ", KindsByCode.Keys)})");

        var name = Unquote(fields[2].Trim());
        if (name.Length == 0)
            return Bad(HolidayCsvProblem.Name, "", "missing name");
        if (name.Length > Holiday.MaxNameLength)
            return Bad(HolidayCsvProblem.NameTooLong, name, $"name longer than {Holiday.MaxNameLength} characters");
        return (new Holiday(date, kind, name), null);

        (Holiday?, HolidayCsvError?) Bad(HolidayCsvProblem problem, string found, string reason) => (null, new(lineNumber, problem, found, reason));
    }

    /// <summary>The kind codes, in the order the file format lists them.</summary>
    public static IReadOnlyCollection<string> KindCodes => KindsByCode.Keys;

    private static string Unquote(string field) =>
        field.Length >= 2 && field[0] == '"' && field[^1] == '"'
            ? field[1..^1].Replace("\"\"", "\"").Trim()
            : field;
}
