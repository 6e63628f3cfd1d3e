using System.Collections.Immutable;
using System.Globalization;

namespace SopDesk.Workflows.Definitions;

/// <summary>
/// A valid example value for each field type: shown to officers as a hint, and used by the benchmark and
/// the tests to fill a step's form so the engine accepts it.
/// </summary>
public static class FieldExamples
{
    /// <summary>Region 167201 (Pagar Alam), born 05-05-1990 as a woman (day + 40), serial 0003.</summary>
    public const string Nik = "1672014505900003";

    public const string Nip = "198705122010011003";

    public static string For(FormField field) => field.Type switch
    {
        FieldType.Nik => Nik,
        FieldType.Nip => Nip,
        FieldType.Date => "2026-11-10",
        FieldType.Choice => field.Options[0],
        FieldType.Number => (field.Min ?? 1).ToString(CultureInfo.InvariantCulture),
        FieldType.Money => "1500000",
        FieldType.Phone => "081234567890",
        FieldType.Email => "pemohon@contoh.id",
        _ when field.Pattern is not null => "12345678901", // the KPJ number, the only text pattern in the SOP files
        _ => $"Isian {field.Label}",
    };

    /// <summary>The birth date <see cref="Nik"/> encodes (a woman: the day digits are 45).</summary>
    public const string NikBirthDate = "1990-05-05";

    /// <summary>
    /// Every field's example; a NIK's birth-date and gender fields agree with <see cref="Nik"/>; on a step with a
    /// checklist, every item ticked (so "lengkap" is accepted).
    /// </summary>
    public static ImmutableDictionary<string, string> For(Step step)
    {
        var values = step.Fields.ToDictionary(f => f.Id, For);
        if (!step.Checklist.IsDefaultOrEmpty) values.Add(Engine.ChecklistTicks.Key, Engine.ChecklistTicks.All(step).Value);
        foreach (var nik in step.Fields.Where(f => f.Type == FieldType.Nik))
        {
            if (nik.BirthDateField is { } born) values[born] = NikBirthDate;
            if (nik.GenderField is { } gender) values[gender] = Engine.FieldValidator.GenderOptions[1];
        }
        return values.ToImmutableDictionary();
    }
}
