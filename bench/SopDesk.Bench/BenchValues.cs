using System.Collections.Immutable;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Bench;

/// <summary>Valid form values by field type, enough for the engine to accept every step.</summary>
internal static class BenchValues
{
    public static ImmutableDictionary<string, string> For(Step step) => step.Fields.ToImmutableDictionary(f => f.Id, Of);

    private static string Of(FormField field) => field.Type switch
    {
        FieldType.Nik => "1672014505900003",
        FieldType.Nip => "198705122010011003",
        FieldType.Date => "2026-11-10",
        FieldType.Choice => field.Options[0],
        FieldType.Number => (field.Min ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        FieldType.Money => "1500000",
        FieldType.Phone => "081234567890",
        FieldType.Email => "pemohon@contoh.id",
        _ when field.Pattern is not null => "12345678901",
        _ => $"Nilai {field.Label}",
    };
}
