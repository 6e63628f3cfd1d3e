using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SopDesk.Workflows.Definitions;

/// <summary>
/// What a register column, a document field or a body placeholder may read besides a form field: the register line,
/// the berkas number, a step's officer or time, the line's document. One list, so the validator and every reader agree.
/// </summary>
public static partial class ColumnSources
{
    public const string RegisterNumber = "register.number";
    public const string RegisterDate = "register.date";
    public const string CaseNumber = "case.number";

    /// <summary>The fixed system sources (the step ones are a pattern: see <see cref="TryStep"/>).</summary>
    public static readonly ImmutableHashSet<string> System =
        [RegisterNumber, RegisterDate, CaseNumber, DocumentSources.ValidUntil, DocumentSources.SignedAt];

    /// <summary>"step.&lt;id&gt;.actor" or "step.&lt;id&gt;.at": the step id and which of the two.</summary>
    public static bool TryStep(string source, out string stepId, out string what)
    {
        var match = StepSource().Match(source);
        (stepId, what) = match.Success ? (match.Groups["step"].Value, match.Groups["what"].Value) : ("", "");
        return match.Success;
    }

    /// <summary>The {name} placeholders of a numbering pattern or a document body.</summary>
    [GeneratedRegex(@"\{([^{}]*)\}")]
    public static partial Regex Placeholder();

    [GeneratedRegex(@"^step\.(?<step>[a-z0-9-]+)\.(?<what>actor|at)$")]
    private static partial Regex StepSource();
}
