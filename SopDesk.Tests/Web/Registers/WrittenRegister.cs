using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace SopDesk.Tests.Web.Registers;

/// <summary>A written register opened with the OpenXML SDK, with the few look-ups the tests need.</summary>
internal sealed class WrittenRegister : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly Dictionary<string, Cell> _cells;

    public WrittenRegister(byte[] file)
    {
        _document = SpreadsheetDocument.Open(new MemoryStream(file), isEditable: false);
        var workbookPart = _document.WorkbookPart!;
        Workbook = workbookPart.Workbook;
        Stylesheet = workbookPart.WorkbookStylesPart!.Stylesheet;
        Worksheet = workbookPart.WorksheetParts.Single().Worksheet;
        _cells = Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
    }

    public Workbook Workbook { get; }
    public Stylesheet Stylesheet { get; }
    public Worksheet Worksheet { get; }

    public Cell Cell(string reference) => _cells.TryGetValue(reference, out var cell) ? cell : throw new KeyNotFoundException($"no cell {reference}");

    public bool Has(string reference) => _cells.ContainsKey(reference);

    /// <summary>A string cell's text (inline strings, as the writer makes them).</summary>
    public string Text(string reference)
    {
        var cell = Cell(reference);
        cell.DataType?.Value.ShouldBe(CellValues.InlineString, $"{reference} should be a string cell");
        return cell.InlineString!.Text!.Text;
    }

    /// <summary>A numeric cell's value: no type (or t="n") and a &lt;v&gt;.</summary>
    public double Number(string reference)
    {
        var cell = Cell(reference);
        (cell.DataType is null || cell.DataType.Value == CellValues.Number).ShouldBeTrue($"{reference} should be numeric, is {cell.DataType?.Value}");
        return double.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
    }

    public CellFormat Format(string reference) =>
        Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(Cell(reference).StyleIndex?.Value ?? 0));

    public Font Font(string reference) => Stylesheet.Fonts!.Elements<Font>().ElementAt((int)Format(reference).FontId!.Value);

    public PatternFill Fill(string reference) => Stylesheet.Fills!.Elements<Fill>().ElementAt((int)Format(reference).FillId!.Value).PatternFill!;

    /// <summary>The format code of a cell's number format (custom formats only; built-ins have none here).</summary>
    public string? NumberFormat(string reference)
    {
        var id = Format(reference).NumberFormatId?.Value ?? 0;
        return Stylesheet.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId!.Value == id)?.FormatCode?.Value;
    }

    public IReadOnlyList<string> Merges => [.. Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!)];

    /// <summary>Schema and semantic errors the SDK's validator finds: what would make Excel "repair" the file.</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        [.. new OpenXmlValidator().Validate(_document).Select(e => $"{e.Path?.XPath}: {e.Description}")];

    public void Dispose() => _document.Dispose();
}
