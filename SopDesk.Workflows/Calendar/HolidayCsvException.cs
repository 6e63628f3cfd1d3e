namespace SopDesk.Workflows.Calendar;

/// <summary>One bad line of a holiday file: its 1-based line number and what is wrong.</summary>
public sealed record HolidayCsvError(int Line, string Reason);

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
