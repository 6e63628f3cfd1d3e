using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.Registers.Export;

/// <summary>
/// Streams one register worksheet, top to bottom, in the order the schema wants: view and columns, the rows
/// (letterhead to header, then data as they come, then the signature block), and after the rows the parts that
/// need the last row number — the autofilter and the merged ranges. Nothing but the current row is held in memory.
/// One XmlWriter carries it all: the SDK's typed elements write themselves into it (<see cref="OpenXmlElement.WriteTo"/>),
/// so names, attribute order and enum spellings come from the schema, and the rows go through <see cref="SheetRowWriter"/>.
/// </summary>
internal sealed class RegisterWorksheetWriter : IDisposable
{
    private const double KopRuleHeight = 6, LineHeight = 15;

    private readonly XmlWriter _xml;
    private readonly SheetRowWriter _cells;
    private readonly RegisterExportSheet _sheet;
    private readonly List<string> _merges = [];

    public RegisterWorksheetWriter(Stream part, RegisterExportSheet sheet)
    {
        _sheet = sheet;
        Layout = new RegisterSheetLayout(sheet.Letterhead.Count, sheet.Columns.Count);
        _xml = XmlWriter.Create(part, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        _cells = new SheetRowWriter(_xml, sheet.Columns.Count);
    }

    public RegisterSheetLayout Layout { get; }

    /// <summary>Data rows written so far.</summary>
    public int Rows { get; private set; }

    public void WriteTop()
    {
        _xml.WriteStartDocument(true);
        _xml.WriteStartElement("worksheet", SheetRowWriter.MainNamespace);
        // The SDK's elements write themselves with the prefix "x": declared once here, not on each of them.
        _xml.WriteAttributeString("xmlns", "x", null, SheetRowWriter.MainNamespace);
        Write(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        Write(FrozenView());
        Write(new SheetFormatProperties { DefaultRowHeight = LineHeight });
        Write(new Columns(_sheet.Columns.Select((c, i) =>
            new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })));
        _xml.WriteStartElement("sheetData", SheetRowWriter.MainNamespace);

        for (var line = 0; line < _sheet.Letterhead.Count; line++)
            AcrossAllColumns(line + 1, _sheet.Letterhead[line], RegisterStyle.Letterhead);
        KopRule();
        AcrossAllColumns(Layout.TitleRow, _sheet.Title, RegisterStyle.Title);
        AcrossAllColumns(Layout.PeriodRow, _sheet.PeriodText, RegisterStyle.Period);
        Header();
    }

    public void WriteRow(object?[] values)
    {
        var columns = _sheet.Columns;
        if (values.Length != columns.Count)
            throw new ArgumentException($"Row {Rows + 1} has {values.Length} values for {columns.Count} columns.", nameof(values));
        Rows++;
        _cells.StartRow(Layout.HeaderRow + Rows);
        for (var i = 0; i < values.Length; i++)
            DataCell(i + 1, columns[i].Kind, values[i]);
        _cells.EndRow();
    }

    public void WriteEnd()
    {
        Signature();
        _xml.WriteEndElement(); // sheetData
        // Over the header and the data, so a 0-row register still gets a valid one-row filter.
        Write(new AutoFilter { Reference = Layout.FilterRange(Rows) });
        if (_merges.Count > 0)
            Write(new MergeCells(_merges.Select(r => new MergeCell { Reference = r })) { Count = (uint)_merges.Count });
        Write(new PrintOptions { HorizontalCentered = true });
        Write(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        Write(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        Write(new HeaderFooter(new OddFooter("&CHalaman &P dari &N")));
        _xml.WriteEndElement(); // worksheet
    }

    public void Dispose() => _xml.Dispose();

    private void Write(OpenXmlElement element) => element.WriteTo(_xml);

    private void DataCell(int column, RegisterCellKind kind, object? value)
    {
        if (value is null) { _cells.Empty(column, DataStyle(kind)); return; }
        switch (kind)
        {
            case RegisterCellKind.Number when ExcelCellValue.TryNumber(value, out var number):
                _cells.Number(column, number, RegisterStyle.Number);
                return;
            case RegisterCellKind.Date or RegisterCellKind.DateTime when ExcelCellValue.TryDateSerial(value, kind == RegisterCellKind.DateTime, out var serial):
                _cells.Number(column, serial, DataStyle(kind));
                return;
            default:
                // Text columns, and a value that does not fit its column's kind: shown as text rather than lost.
                _cells.Text(column, ExcelCellText.Clean(ExcelCellValue.AsText(value)), RegisterStyle.Text);
                return;
        }
    }

    private static RegisterStyle DataStyle(RegisterCellKind kind) => kind switch
    {
        RegisterCellKind.Number => RegisterStyle.Number,
        RegisterCellKind.Date => RegisterStyle.Date,
        RegisterCellKind.DateTime => RegisterStyle.DateTime,
        _ => RegisterStyle.Text,
    };

    private SheetViews FrozenView()
    {
        var firstScrolled = ExcelCellReference.Cell(1, Layout.FirstDataRow);
        return new SheetViews(new SheetView(
            new Pane { VerticalSplit = Layout.HeaderRow, TopLeftCell = firstScrolled, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = firstScrolled, SequenceOfReferences = new ListValue<StringValue>([new StringValue(firstScrolled)]) })
        { WorkbookViewId = 0, TabSelected = true });
    }

    private void KopRule()
    {
        _cells.StartRow(Layout.SeparatorRow, KopRuleHeight);
        for (var column = 1; column <= Layout.ColumnCount; column++)
            _cells.Empty(column, RegisterStyle.KopRule);
        _cells.EndRow();
    }

    private void Header()
    {
        _cells.StartRow(Layout.HeaderRow, HeaderHeight());
        for (var i = 0; i < _sheet.Columns.Count; i++)
            _cells.Text(i + 1, ExcelCellText.Clean(_sheet.Columns[i].Header), RegisterStyle.Header);
        _cells.EndRow();
    }

    /// <summary>Room for the longest wrapped header: Excel does not grow a row for wrapped text it did not lay out itself.</summary>
    private double HeaderHeight() =>
        LineHeight * _sheet.Columns.Max(c => Math.Ceiling(c.Header.Length / Math.Max(1, c.Width - 1)));

    private void Signature()
    {
        var signature = _sheet.Signature;
        var row = Layout.SignatureFirstRow(Rows);
        OnSignatureColumns(row, $"{signature.Place}, {signature.Date.ToString("d MMMM yyyy", OfficeTime.Indonesian)}", RegisterStyle.Signature);
        OnSignatureColumns(row + 1, "Mengetahui,", RegisterStyle.Signature);
        OnSignatureColumns(row + 2, signature.Title, RegisterStyle.Signature);
        // Three blank rows: the room for the signature and the stamp.
        OnSignatureColumns(row + 6, signature.Name, RegisterStyle.SignatureName);
        OnSignatureColumns(row + 7, $"NIP. {signature.Nip}", RegisterStyle.Signature);
    }

    private void AcrossAllColumns(int row, string text, RegisterStyle style) => Merged(row, 1, text, style);

    private void OnSignatureColumns(int row, string text, RegisterStyle style) => Merged(row, Layout.SignatureFirstColumn, text, style);

    /// <summary>One text from <paramref name="firstColumn"/> to the last column, merged so it centres across them.</summary>
    private void Merged(int row, int firstColumn, string text, RegisterStyle style)
    {
        _cells.StartRow(row);
        _cells.Text(firstColumn, ExcelCellText.Clean(text), style);
        _cells.EndRow();
        if (firstColumn < Layout.ColumnCount)
            _merges.Add(ExcelCellReference.Range(firstColumn, row, Layout.ColumnCount, row));
    }
}
