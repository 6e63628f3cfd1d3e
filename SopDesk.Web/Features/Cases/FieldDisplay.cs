using System.Globalization;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Cases;

/// <summary>A stored form value as staff read it: dates "11 September 1997", money "Rp1.500.000".</summary>
public static class FieldDisplay
{
    public static string Format(FormField field, string value) => field.Type switch
    {
        FieldType.Date when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            => date.ToString("d MMMM yyyy", OfficeTime.Indonesian),
        FieldType.Money when decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var money)
            => money.ToString("C0", OfficeTime.Indonesian),
        _ => value,
    };
}
