using System.Collections.Immutable;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Workflows.Engine;

/// <summary>Valid values for a step's fields (the model's own examples).</summary>
internal static class SampleValues
{
    public const string ValidNik = FieldExamples.Nik;

    public static ImmutableDictionary<string, string> For(Step step) => FieldExamples.For(step);
}
