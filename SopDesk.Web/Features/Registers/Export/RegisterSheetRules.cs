namespace SopDesk.Web.Features.Registers.Export;

/// <summary>What Excel refuses in a sheet definition, checked before a byte is written (a broken export is worse than an error).</summary>
internal static class RegisterSheetRules
{
    private const int MaxSheetName = 31, MaxColumns = 16_384;
    private const double MaxWidth = 255;

    public static void Check(RegisterExportSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var name = sheet.SheetName;
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxSheetName || name.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) >= 0
            || name.StartsWith('\'') || name.EndsWith('\''))
            throw new ArgumentException($"Sheet name \"{name}\" is not allowed by Excel (1–{MaxSheetName} characters, none of : \\ / ? * [ ], no ' at either end).", nameof(sheet));
        if (sheet.Columns.Count is 0 or > MaxColumns)
            throw new ArgumentException($"A register needs 1–{MaxColumns} columns, not {sheet.Columns.Count}.", nameof(sheet));
        var badWidth = sheet.Columns.FirstOrDefault(c => c.Width is <= 0 or > MaxWidth || double.IsNaN(c.Width));
        if (badWidth is not null)
            throw new ArgumentException($"Column \"{badWidth.Header}\" has width {badWidth.Width}; Excel takes more than 0 and at most {MaxWidth}.", nameof(sheet));
    }
}
