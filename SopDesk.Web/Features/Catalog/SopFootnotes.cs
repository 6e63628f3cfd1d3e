using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Catalog;

/// <summary>A reading note printed as a numbered footnote; <see cref="Step"/> is null for a note on the whole SOP.</summary>
public sealed record Footnote(int Number, Step? Step, string Text);

/// <summary>
/// Numbers the SOP's notes as the printed page shows them: step notes first, in table order (their numbers
/// stand as superscripts in the table), then the SOP's own notes, then the case deadline's note.
/// </summary>
public static class SopFootnotes
{
    public static IReadOnlyList<Footnote> Of(SopDefinition definition)
    {
        var notes = new List<Footnote>();
        foreach (var step in definition.Steps.Where(s => !string.IsNullOrWhiteSpace(s.Note)))
            notes.Add(new Footnote(notes.Count + 1, step, step.Note!));
        foreach (var note in definition.Notes)
            notes.Add(new Footnote(notes.Count + 1, null, note));
        if (definition.CaseDeadline?.Note is { Length: > 0 } deadline)
            notes.Add(new Footnote(notes.Count + 1, null, deadline));
        return notes;
    }
}
