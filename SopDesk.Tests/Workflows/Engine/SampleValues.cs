using System.Collections.Immutable;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Workflows.Engine;

/// <summary>Valid values for a step's fields, by type (tests only).</summary>
internal static class SampleValues
{
    public const string ValidNik = "1672014505900003"; // region 167201, born 05-05-1990 (woman: day + 40), serial 0003

    public static ImmutableDictionary<string, string> For(Step step) =>
        step.Fields.ToImmutableDictionary(f => f.Id, Of);

    public static string Of(FormField field) => field.Type switch
    {
        FieldType.Nik => ValidNik,
        FieldType.Nip => "198705122010011003",
        FieldType.Date => "2026-11-10",
        FieldType.Choice => field.Options[0],
        FieldType.Number => (field.Min ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        FieldType.Money => "1500000",
        FieldType.Phone => "081234567890",
        FieldType.Email => "pemohon@example.id",
        _ when field.Pattern is not null => "12345678901", // the KPJ number pattern, the only text pattern in the files
        _ => $"Isian {field.Label}",
    };
}
