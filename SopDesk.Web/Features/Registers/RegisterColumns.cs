using System.Globalization;
using System.Text.Json;
using SopDesk.Data.Entities;
using SopDesk.Web.Access;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Registers.Export;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Registers;

/// <summary>A register column as pages and files show it: what kind of cell, whether it is personal data, how wide.</summary>
public sealed record RegisterColumnView(string Header, string Source, RegisterCellKind Kind, bool Personal, bool IsNik, double Width);

/// <summary>The columns of a register as its SOP file declares them, and each line's typed values for them.</summary>
public static class RegisterColumns
{
    public static IReadOnlyList<RegisterColumnView> Of(SopDefinition definition, RegisterDefinition register)
    {
        var fields = definition.Steps.SelectMany(s => s.Fields).GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.First());
        return [.. register.Columns.Select(c =>
        {
            var field = fields.GetValueOrDefault(c.Source);
            var kind = c.Source switch
            {
                ColumnSources.RegisterDate or DocumentSources.ValidUntil => RegisterCellKind.Date,
                DocumentSources.SignedAt => RegisterCellKind.DateTime,
                _ when c.Source.EndsWith(".at", StringComparison.Ordinal) => RegisterCellKind.DateTime,
                _ => field?.Type switch
                {
                    FieldType.Date => RegisterCellKind.Date,
                    FieldType.Number or FieldType.Money => RegisterCellKind.Number,
                    _ => RegisterCellKind.Text, // NIK, NIP and phone numbers stay text: their leading zeros matter
                },
            };
            var isNik = field?.Type == FieldType.Nik;
            return new RegisterColumnView(c.Header, c.Source, kind, field is { Personal: true } || isNik, isNik, WidthOf(c.Source, kind, field));
        })];
    }

    /// <summary>
    /// The line's values, typed for the column kinds (string, decimal, DateOnly, DateTime in office time); personal
    /// columns masked unless <paramref name="maySeePersonal"/>.
    /// </summary>
    public static object?[] Values(RegisterEntryRecord entry, IReadOnlyList<RegisterColumnView> columns, TimeZoneInfo officeZone, bool maySeePersonal)
    {
        var stored = JsonSerializer.Deserialize<Dictionary<string, string>>(entry.ValuesJson) ?? [];
        return [.. columns.Select(column =>
        {
            var text = column.Source switch
            {
                ColumnSources.RegisterNumber => entry.Number,
                ColumnSources.RegisterDate => Day(entry.AssignedAt, officeZone),
                // Read from the line's document as it stands now: it may be signed long after the line was numbered.
                DocumentSources.ValidUntil => entry.ValidUntil is { } until ? Day(until, officeZone) : null,
                DocumentSources.SignedAt => entry.SignedAt?.ToString("O", CultureInfo.InvariantCulture),
                _ => stored.GetValueOrDefault(column.Source),
            };
            if (string.IsNullOrEmpty(text)) return null;
            if (column.Personal && !maySeePersonal) return column.IsNik ? PersonalDataPolicy.MaskNik(text) : PersonalDataPolicy.Mask(text);
            return Typed(text, column.Kind, officeZone);
        })];
    }

    /// <summary>The office day of an instant, as the stored date values are written ("2027-02-28").</summary>
    private static string Day(DateTimeOffset at, TimeZoneInfo officeZone) =>
        TimeZoneInfo.ConvertTime(at, officeZone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object Typed(string text, RegisterCellKind kind, TimeZoneInfo officeZone) => kind switch
    {
        RegisterCellKind.Date when DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var day) => day,
        RegisterCellKind.DateTime when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, out var at) => TimeZoneInfo.ConvertTime(at, officeZone).DateTime,
        RegisterCellKind.Number when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
        _ => text,
    };

    private static double WidthOf(string source, RegisterCellKind kind, FormField? field) => (source, kind, field?.Type) switch
    {
        (ColumnSources.RegisterNumber, _, _) => 30,
        (_, RegisterCellKind.Date, _) => 12,
        (_, RegisterCellKind.DateTime, _) => 17,
        (_, _, FieldType.Nik) => 19,
        (_, _, FieldType.Textarea) => 45,
        _ => 22,
    };
}
