namespace SopDesk.Web.Features.Registers.Export;

/// <summary>A1-style references: column letters and "B12".</summary>
internal static class ExcelCellReference
{
    /// <summary>1 → "A", 26 → "Z", 27 → "AA".</summary>
    public static string Column(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        var letters = "";
        for (var rest = column; rest > 0; rest = (rest - 1) / 26)
            letters = (char)('A' + ((rest - 1) % 26)) + letters;
        return letters;
    }

    public static string Cell(int column, int row) => $"{Column(column)}{row}";

    /// <summary>"$B$12", for defined names.</summary>
    public static string Absolute(int column, int row) => $"${Column(column)}${row}";

    public static string Range(int firstColumn, int firstRow, int lastColumn, int lastRow) =>
        $"{Cell(firstColumn, firstRow)}:{Cell(lastColumn, lastRow)}";
}
