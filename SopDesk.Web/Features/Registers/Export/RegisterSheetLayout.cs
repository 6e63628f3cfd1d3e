namespace SopDesk.Web.Features.Registers.Export;

/// <summary>
/// Where each part of a register sheet sits (1-based rows and columns): the letterhead lines, a separator row ruled
/// like a kop surat, the title, the period, a blank row, the header, the data, a blank row and the signature block.
/// </summary>
internal sealed class RegisterSheetLayout(int letterheadLines, int columnCount)
{
    /// <summary>The signature block spans at most this many right-hand columns (fewer on a narrow register).</summary>
    private const int SignatureSpan = 3;

    public int ColumnCount { get; } = columnCount;
    public int LetterheadLines { get; } = letterheadLines;
    public int SeparatorRow => LetterheadLines + 1;
    public int TitleRow => LetterheadLines + 2;
    public int PeriodRow => LetterheadLines + 3;
    public int HeaderRow => LetterheadLines + 5;
    public int FirstDataRow => HeaderRow + 1;

    /// <summary>The last row holding data, or the header row when the register is empty.</summary>
    public int LastDataRow(int rowCount) => HeaderRow + rowCount;

    public int SignatureFirstRow(int rowCount) => LastDataRow(rowCount) + 2;

    public int SignatureFirstColumn => Math.Max(1, ColumnCount - SignatureSpan + 1);

    /// <summary>"A9:L100009": the header and every data row, the range the autofilter works on.</summary>
    public string FilterRange(int rowCount) => ExcelCellReference.Range(1, HeaderRow, ColumnCount, LastDataRow(rowCount));
}
