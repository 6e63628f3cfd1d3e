using System.Text.RegularExpressions;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Documents;

/// <summary>
/// The value a declared document prints for a source — the same sources as a register column: a form field, the register
/// line (number, date), the berkas number, a step's officer or time, the document's signing date and validity. Dates in
/// words in office time; an empty value as "-". Plain text: the page escapes it, so a value can never become markup.
/// </summary>
public sealed partial class DocumentValues(FormValues values, SopDefinition definition, RegisterEntryRecord entry, IssuedDocument document,
    IReadOnlyList<WorkItemRecord> doneSteps, OfficeTime time)
{
    private readonly Dictionary<string, FormField> _fields = definition.Steps.SelectMany(s => s.Fields).GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.First());

    public string Of(string source) => source switch
    {
        ColumnSources.RegisterNumber => entry.Number,
        ColumnSources.RegisterDate => time.FormatDay(entry.AssignedAt),
        ColumnSources.CaseNumber => entry.CaseNumber,
        DocumentSources.SignedAt => document.SignedAt is { } signed ? time.FormatDay(signed) : "-",
        DocumentSources.ValidUntil => Validity(),
        _ when ColumnSources.TryStep(source, out var stepId, out var what) => StepValue(stepId, what),
        _ when _fields.GetValueOrDefault(source) is { Type: FieldType.Date } => values.Date(source),
        _ => values[source],
    };

    /// <summary>The body's paragraphs (split at blank lines) with each {source} replaced by its value.</summary>
    public IReadOnlyList<string> Paragraphs(string? body) => body is null ? [] :
        [.. ParagraphBreak().Split(body.Trim()).Select(p => ColumnSources.Placeholder().Replace(p.Trim(), m => Of(m.Groups[1].Value))).Where(p => p.Length > 0)];

    /// <summary>"28 Februari 2027" once signed; before, how long it will run ("berlaku 3 tahun sejak ditandatangani").</summary>
    private string Validity() => document switch
    {
        { SignedAt: not null, ValidUntil: { } until } => time.FormatDay(until),
        { SignedAt: null, ValidMonths: { } months } => $"berlaku {DocumentTexts.Period(months)} sejak ditandatangani",
        _ => "-",
    };

    /// <summary>The step's latest completion: who (as the journal wrote it) or when.</summary>
    private string StepValue(string stepId, string what) => doneSteps.LastOrDefault(w => w.StepId == stepId) switch
    {
        null => "-",
        var done when what == "actor" => done.ActorName ?? "-",
        var done => done.DoneAt is { } at ? time.FormatDateTime(at) : "-",
    };

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();
}
