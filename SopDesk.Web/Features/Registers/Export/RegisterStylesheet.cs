using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SopDesk.Web.Features.Registers.Export;

/// <summary>The cell formats a register uses; each value is its index in <see cref="RegisterStylesheet"/>'s cellXfs.</summary>
internal enum RegisterStyle : uint
{
    Default,
    Letterhead,
    KopRule,
    Title,
    Period,
    Header,
    Text,
    Number,
    Date,
    DateTime,
    Signature,
    SignatureName,
}

/// <summary>
/// The workbook's small stylesheet, written by hand so that every cell needs only an index: fonts, one header fill,
/// borders, the id-ID date formats and the cell formats in <see cref="RegisterStyle"/> order.
/// </summary>
internal static class RegisterStylesheet
{
    private const uint TextFormat = 49; // built-in "@": an edited NIK keeps its leading zeros
    private const uint DateFormat = 164, DateTimeFormat = 165; // the first ids free for custom formats

    private enum FontId : uint { Regular, Bold, Large, BoldUnderlined }
    private enum FillId : uint { None, Gray125, Header }
    private enum BorderId : uint { None, Thin, RuleBelow }

    public static Stylesheet Build()
    {
        // Written in RegisterStyle order: the enum's value is the position here.
        var formats = new (RegisterStyle Style, CellFormat Format)[]
        {
            (RegisterStyle.Default, Format()),
            (RegisterStyle.Letterhead, Format(font: FontId.Bold, horizontal: HorizontalAlignmentValues.Center)),
            (RegisterStyle.KopRule, Format(border: BorderId.RuleBelow)),
            (RegisterStyle.Title, Format(font: FontId.Large, horizontal: HorizontalAlignmentValues.Center)),
            (RegisterStyle.Period, Format(horizontal: HorizontalAlignmentValues.Center)),
            (RegisterStyle.Header, Format(font: FontId.Bold, fill: FillId.Header, border: BorderId.Thin, horizontal: HorizontalAlignmentValues.Center, wrap: true)),
            (RegisterStyle.Text, Format(numberFormat: TextFormat, border: BorderId.Thin)),
            (RegisterStyle.Number, Format(border: BorderId.Thin)),
            (RegisterStyle.Date, Format(numberFormat: DateFormat, border: BorderId.Thin)),
            (RegisterStyle.DateTime, Format(numberFormat: DateTimeFormat, border: BorderId.Thin)),
            (RegisterStyle.Signature, Format(horizontal: HorizontalAlignmentValues.Center)),
            (RegisterStyle.SignatureName, Format(font: FontId.BoldUnderlined, horizontal: HorizontalAlignmentValues.Center)),
        };
        for (var i = 0; i < formats.Length; i++)
            if ((uint)formats[i].Style != i) throw new InvalidOperationException($"Cell format {formats[i].Style} is out of order.");

        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "dd/mm/yyyy" },
                new NumberingFormat { NumberFormatId = DateTimeFormat, FormatCode = "dd/mm/yyyy hh:mm" })
            { Count = 2 },
            new Fonts(
                Font(11),
                Font(11, new Bold()),
                Font(14, new Bold()),
                Font(11, new Bold(), new Underline()))
            { Count = 4 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(
                Border(),
                Border(left: BorderStyleValues.Thin, right: BorderStyleValues.Thin, top: BorderStyleValues.Thin, bottom: BorderStyleValues.Thin),
                Border(bottom: BorderStyleValues.Medium))
            { Count = 3 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(formats.Select(f => f.Format)) { Count = (uint)formats.Length },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static CellFormat Format(uint numberFormat = 0, FontId font = FontId.Regular, FillId fill = FillId.None,
        BorderId border = BorderId.None, HorizontalAlignmentValues? horizontal = null, bool wrap = false)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = (uint)font,
            FillId = (uint)fill,
            BorderId = (uint)border,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0,
            ApplyFont = font != FontId.Regular,
            ApplyFill = fill != FillId.None,
            ApplyBorder = border != BorderId.None,
        };
        if (horizontal is null && !wrap) return format;
        format.ApplyAlignment = true;
        format.Alignment = new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = wrap ? true : null };
        return format;
    }

    // Schema order inside <font>: b, u before sz, name, family.
    private static Font Font(double size, params OpenXmlElement[] emphasis) =>
        new(emphasis.Concat([new FontSize { Val = size }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }]));

    private static Border Border(BorderStyleValues? left = null, BorderStyleValues? right = null,
        BorderStyleValues? top = null, BorderStyleValues? bottom = null) =>
        new(
            new LeftBorder { Style = left },
            new RightBorder { Style = right },
            new TopBorder { Style = top },
            new BottomBorder { Style = bottom },
            new DiagonalBorder());
}
