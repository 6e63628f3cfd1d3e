using PdfSharp.Fonts;

namespace SopDesk.Web.Features.Documents.Pdf;

/// <summary>
/// PDFsharp finds no system fonts on Linux: every PDF SopDesk writes uses DejaVu Sans Condensed, shipped inside the assembly
/// (regular and bold). Installed once per process — PDFsharp's resolver is global.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "SopDesk Sans";
    private const string Regular = "DejaVuSansCondensed", Bold = "DejaVuSansCondensed-Bold";
    private static readonly Lazy<bool> Installed = new(() =>
    {
        GlobalFontSettings.FontResolver ??= new PdfFonts();
        return true;
    });

    public static void Install() => _ = Installed.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream($"SopDesk.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"Font {faceName} is not embedded in SopDesk.Web.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
