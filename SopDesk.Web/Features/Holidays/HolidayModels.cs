using System.Collections.Immutable;
using SopDesk.Workflows.Calendar;

namespace SopDesk.Web.Features.Holidays;

/// <summary>What the administrator types to add or change one holiday.</summary>
public sealed class HolidayInput
{
    public DateOnly? Date { get; set; }
    public HolidayKind Kind { get; set; } = HolidayKind.LiburNasional;
    public string Name { get; set; } = "";
}

/// <summary>
/// Done (with how many open items' due times moved), or why not: a general message, one message per field
/// (keys in <see cref="HolidayFields"/>) and, for an import, one message per bad line of the file.
/// </summary>
public sealed record HolidayOutcome(bool Ok, string? Message, ImmutableDictionary<string, string> FieldErrors, ImmutableArray<string> LineErrors, int Moved)
{
    public static HolidayOutcome Done(string message, int moved) => new(true, message, ImmutableDictionary<string, string>.Empty, [], moved);

    public static HolidayOutcome Failed(string message) => new(false, message, ImmutableDictionary<string, string>.Empty, [], 0);

    public static HolidayOutcome Invalid(ImmutableDictionary<string, string> errors) => Failed("Periksa isian yang ditandai.") with { FieldErrors = errors };

    public static HolidayOutcome BadFile(string message, ImmutableArray<string> lines) => Failed(message) with { LineErrors = lines };
}

/// <summary>Field keys of <see cref="HolidayOutcome.FieldErrors"/>.</summary>
public static class HolidayFields
{
    public const string Date = "date";
    public const string Kind = "kind";
    public const string Name = "name";
}
