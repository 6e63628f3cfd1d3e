using QRCoder;

namespace SopDesk.Web.Features.Documents;

/// <summary>A QR code as an inline PNG (no System.Drawing, no file): the page embeds it as a data URI, so it prints with the page.</summary>
public static class QrImage
{
    public static string DataUri(string text) =>
        // Level M survives a smudged or folded card; 8 px per module stays sharp at the printed size.
        "data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(text, QRCodeGenerator.ECCLevel.M, 8));
}
