using System.Globalization;

namespace SopDesk.Web.Features.Shared;

/// <summary>Dates in page URLs ("?dari=2026-11-23"): ISO, culture-independent, so a link reproduces a view.</summary>
public static class QueryDate
{
    private const string Iso = "yyyy-MM-dd";

    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, Iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string? Format(DateTime? value) => value?.ToString(Iso, CultureInfo.InvariantCulture);

    /// <summary>The value a MudDatePicker binds to.</summary>
    public static DateTime? ForPicker(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);
}
