using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;
using QRCoder;
using SopDesk.Web.Features.Office;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.Documents.Pdf;

/// <summary>
/// The signed AK1 card as a PDF (A4, the card's front in its frame): the same lines as the printed card
/// (<see cref="Ak1Card.Lines"/>), the uploaded pas foto, the signer and the QR code of the public verification page.
/// </summary>
public static class Ak1CardPdf
{
    public const string ContentType = "application/pdf";

    public static string FileName(Ak1Card card) => $"kartu-ak1-{string.Concat(card.Document.Number.Select(c => char.IsLetterOrDigit(c) ? c : '-'))}.pdf";

    public static byte[] Build(Ak1Card card, byte[]? photo, string verificationUrl, OfficeProfile office, OfficeTime time)
    {
        PdfFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = $"Kartu AK1 {card.Document.Number}";
        document.Info.Creator = "SopDesk";
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using (var g = XGraphics.FromPdfPage(page, XGraphicsUnit.Millimeter))
            Draw(g, card, photo, verificationUrl, office, time);
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    private static void Draw(XGraphics g, Ak1Card card, byte[]? photo, string verificationUrl, OfficeProfile office, OfficeTime time)
    {
        var small = new XFont(PdfFonts.Family, 2.6);
        var text = new XFont(PdfFonts.Family, 3.1);
        var bold = new XFont(PdfFonts.Family, 3.1, XFontStyleEx.Bold);
        var title = new XFont(PdfFonts.Family, 3.8, XFontStyleEx.Bold);
        var pen = new XPen(XColors.Black, 0.3);
        const double left = 15, width = 180, top = 15;

        g.DrawRectangle(pen, left, top, width, 150);
        var center = new XRect(left, top + 4, width, 5);
        g.DrawString(office.Government.ToUpperInvariant(), bold, XBrushes.Black, center, XStringFormats.TopCenter);
        center.Offset(0, 4.5);
        g.DrawString(office.Dinas.ToUpperInvariant(), bold, XBrushes.Black, center, XStringFormats.TopCenter);
        center.Offset(0, 7);
        g.DrawString("KARTU TANDA BUKTI PENDAFTARAN PENCARI KERJA", title, XBrushes.Black, center, XStringFormats.TopCenter);
        center.Offset(0, 5);
        g.DrawString("AK/I", bold, XBrushes.Black, center, XStringFormats.TopCenter);
        g.DrawLine(pen, left, top + 28, left + width, top + 28);

        var y = top + 33.0;
        Line(g, text, bold, left + 5, 70, ref y, "Nomor Pendaftaran Pencari Kerja", card.Document.Number);
        Line(g, text, bold, left + 5, 70, ref y, "Nomor Induk Kependudukan (NIK)", card.Values["nik"]);

        // Left column: the pas foto (or its empty box), then the QR code with its address.
        var photoBox = new XRect(left + 5, y + 3, 30, 40);
        if (photo is { Length: > 0 })
        {
            using var image = XImage.FromStream(new MemoryStream(photo, writable: false));
            g.DrawImage(image, photoBox);
        }
        else g.DrawString("Pas foto 3 x 4", small, XBrushes.Gray, photoBox, XStringFormats.Center);
        g.DrawRectangle(pen, photoBox);
        DrawQr(g, verificationUrl, left + 5, y + 46, 30);
        new XTextFormatter(g).DrawString($"Periksa keaslian:\n{verificationUrl}", small, XBrushes.Black, new XRect(left + 3, y + 77, 36, 16));

        // Right column: the card's lines, then the signature block.
        var rightY = y + 3;
        foreach (var (label, value) in card.Lines(time))
            Line(g, text, text, left + 42, 36, ref rightY, label, value);

        var signX = left + 110;
        var signY = Math.Max(rightY + 3, y + 60);
        var signature = card.Document.Signatory;
        g.DrawString(office.PlaceAndDate(card.Document.SignedAt, time), text, XBrushes.Black, signX, signY);
        new XTextFormatter(g).DrawString(signature.Title, text, XBrushes.Black, new XRect(signX, signY + 2, 65, 10));
        g.DrawString(signature.Name ?? "(.........................................)", bold, XBrushes.Black, signX, signY + 24);
        g.DrawString(signature.Nip is { } nip ? $"NIP. {nip}" : "NIP. ....................................", text, XBrushes.Black, signX, signY + 28.5);
    }

    /// <summary>The QR code drawn as vector squares (sharp at any zoom or print size), level M like the printed card's.</summary>
    private static void DrawQr(XGraphics g, string text, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        for (var row = 0; row < matrix.Count; row++)
            for (var column = 0; column < matrix[row].Length; column++)
                if (matrix[row][column]) g.DrawRectangle(XBrushes.Black, x + column * module, y + row * module, module * 1.02, module * 1.02);
    }

    /// <summary>"Label : value", the value wrapped in its column; moves <paramref name="y"/> below it.</summary>
    private static void Line(XGraphics g, XFont labelFont, XFont valueFont, double x, double labelWidth, ref double y, string label, string value)
    {
        const double lineHeight = 4.4, valueWidth = 70;
        g.DrawString(label, labelFont, XBrushes.Black, x, y);
        g.DrawString(":", labelFont, XBrushes.Black, x + labelWidth - 2.5, y);
        var lines = Math.Max(1, (int)Math.Ceiling(g.MeasureString(value, valueFont).Width / valueWidth));
        new XTextFormatter(g).DrawString(value, valueFont, XBrushes.Black, new XRect(x + labelWidth, y - 3.1, valueWidth, lines * lineHeight + 1));
        y += lines * lineHeight + 1;
    }
}
