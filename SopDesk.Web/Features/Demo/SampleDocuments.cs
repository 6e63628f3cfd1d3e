using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SkiaSharp;

namespace SopDesk.Web.Features.Demo;

/// <summary>
/// Made-up documents for the demo's online berkas (and for tests and the portal benchmark): a JPEG "photo" and a PDF
/// "scan" of about the asked size, drawn here so no real person's document is ever shipped.
/// </summary>
public static class SampleDocuments
{
    /// <summary>A portrait JPEG of roughly <paramref name="approxKb"/> KB (a face-like shape over fine noise, which sets the size).</summary>
    public static byte[] Jpeg(int approxKb = 60, int seed = 1)
    {
        var random = new Random(seed);
        var width = 300;
        byte[] bytes;
        do
        {
            bytes = Draw(width, width * 4 / 3, random);
            width += Math.Max(40, width / 4);
        }
        while (bytes.Length < approxKb * 1024 * 0.9 && width < 4000);
        return bytes;
    }

    /// <summary>A one-page PDF of roughly <paramref name="approxKb"/> KB (the page is a JPEG "scan").</summary>
    public static byte[] Pdf(int approxKb = 40, int seed = 2)
    {
        var scan = Jpeg(approxKb, seed);
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        using (var image = XImage.FromStream(new MemoryStream(scan)))
            graphics.DrawImage(image, 40, 40, page.Width.Point - 80, page.Height.Point - 80);
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static byte[] Draw(int width, int height, Random random)
    {
        using var bitmap = new SKBitmap(width, height);
        var pixels = new SKColor[width * height];
        for (var i = 0; i < pixels.Length; i++)
        {
            var shade = (byte)(200 + random.Next(40));
            pixels[i] = new SKColor(shade, (byte)(shade - 10), (byte)(shade - 30));
        }
        bitmap.Pixels = pixels;
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = new SKColor(120, 90, 70), IsAntialias = true })
        {
            canvas.DrawOval(width / 2f, height * 0.4f, width * 0.22f, height * 0.2f, paint);
            canvas.DrawRect(width * 0.2f, height * 0.65f, width * 0.6f, height * 0.35f, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 92);
        return data.ToArray();
    }
}
