using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Workflows.Engine;

/// <summary>
/// The one place typed text is cleaned before the engine checks and keeps it: invisible control and format
/// characters (Unicode Cc and Cf — a right-to-left override U+202E, zero-width spaces, NUL) are removed, so a
/// name cannot be shown reversed or disguised on documents and the public verification page. Line breaks and
/// tabs stay in multi-line text; in single-line values they become spaces.
/// </summary>
public static class InputText
{
    /// <summary>The longest note (reason, instruction) an officer may write.</summary>
    public const int NoteMaxLength = 2000;

    public static string Clean(string value, bool multiline)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value.ReplaceLineEndings("\n"))
        {
            if (c is '\n' or '\t') text.Append(multiline ? c : ' ');
            else if (char.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format)) text.Append(c);
        }
        return text.ToString().Trim();
    }

    /// <summary>Every value of a step's form cleaned; textarea values keep their lines.</summary>
    public static ImmutableDictionary<string, string> Clean(IEnumerable<FormField> fields, IReadOnlyDictionary<string, string> values)
    {
        var multiline = fields.Where(f => f.Type == FieldType.Textarea).Select(f => f.Id).ToHashSet();
        return values.ToImmutableDictionary(v => v.Key, v => Clean(v.Value ?? "", multiline.Contains(v.Key)));
    }

    public static string? CleanNote(string? note) => string.IsNullOrWhiteSpace(note) ? null : Clean(note, multiline: true) is { Length: > 0 } n ? n : null;
}
