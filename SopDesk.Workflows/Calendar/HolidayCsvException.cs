namespace SopDesk.Workflows.Calendar;

/// <summary>What is wrong with one line of a holiday file, so a screen can say it in the office's language.</summary>
public enum HolidayCsvProblem { Header, Columns, Date, Year, Kind, Name, NameTooLong, DuplicateDate }

/// <summary>
/// One bad line of a holiday file: its 1-based line number, the problem, the text found (the date, the kind,
/// the number of columns…), the reason in English (for logs), and for a duplicate the line that had the date first.
/// </summary>
public sealed record HolidayCsvError(int Line, HolidayCsvProblem Problem, string Found, string Reason, int? FirstLine = null);

/// <summary>
/// A holiday file that cannot be read. The message names the source, each bad line's number and reason, so
/// an administrator can fix the file; <see cref="Errors"/> lists them for a screen.
/// </summary>
public sealed class HolidayCsvException : FormatException
{
    public HolidayCsvException(string sourceName, IReadOnlyList<HolidayCsvError> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => $"{sourceName} line {e.Line}: {e.Reason}")))
    {
        SourceName = sourceName;
        Errors = errors;
    }

    public string SourceName { get; }
    public IReadOnlyList<HolidayCsvError> Errors { get; }
}
