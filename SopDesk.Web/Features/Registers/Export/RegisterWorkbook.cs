using DocumentFormat.OpenXml.Spreadsheet;

namespace SopDesk.Web.Features.Registers.Export;

/// <summary>
/// workbook.xml for the one register sheet, with the names Excel itself keeps for it: the hidden
/// _FilterDatabase (the autofilter's range) and Print_Titles (the header repeats on every printed page).
/// </summary>
internal static class RegisterWorkbook
{
    public static Workbook Build(string sheetName, string worksheetPartId, RegisterSheetLayout layout, int rowCount)
    {
        var quoted = $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'";
        var filter = $"{ExcelCellReference.Absolute(1, layout.HeaderRow)}:{ExcelCellReference.Absolute(layout.ColumnCount, layout.LastDataRow(rowCount))}";
        return new Workbook(
            new BookViews(new WorkbookView()),
            new Sheets(new Sheet { Name = sheetName, SheetId = 1, Id = worksheetPartId }),
            new DefinedNames(
                new DefinedName($"{quoted}!{filter}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true },
                new DefinedName($"{quoted}!${layout.HeaderRow}:${layout.HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
    }
}
