using System.Text;
using PdfSharp.Pdf;
using SkiaSharp;

namespace SopDesk.Tests.Web.Uploads;

/// <summary>Real files made in the test: images drawn with SkiaSharp, PDFs written by PDFsharp, EXIF written by hand.</summary>
public static class TestFiles
{
    /// <summary>Left half red, right half blue: a rotation shows in which side ends up where.</summary>
    public static SKBitmap TwoColour(int width, int height)
    {
        var bitmap = new SKBitmap(width, height);
        using var canvas = new SKCanvas(bitmap);
        using var red = new SKPaint { Color = SKColors.Red };
        using var blue = new SKPaint { Color = SKColors.Blue };
        canvas.DrawRect(0, 0, width / 2f, height, red);
        canvas.DrawRect(width / 2f, 0, width / 2f, height, blue);
        return bitmap;
    }

    public static byte[] Jpeg(int width = 400, int height = 300)
    {
        using var bitmap = TwoColour(width, height);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    public static byte[] Png(int width = 400, int height = 300)
    {
        using var bitmap = TwoColour(width, height);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static byte[] Pdf()
    {
        using var document = new PdfDocument();
        document.AddPage();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>The JPEG with an EXIF block (orientation, a description, GPS latitude) and a comment segment after SOI.</summary>
    public static byte[] JpegWithExif(byte[] jpeg, ushort orientation, string description, string comment)
    {
        var tiff = new List<byte>();
        void U16(int v) { tiff.Add((byte)(v >> 8)); tiff.Add((byte)v); }
        void U32(int v) { U16(v >> 16); U16(v & 0xFFFF); }
        var text = Encoding.ASCII.GetBytes(description + "\0");
        const int ifd0 = 8, ifd0Size = 2 + 3 * 12 + 4;
        var textOffset = ifd0 + ifd0Size;
        var gpsOffset = textOffset + text.Length + (text.Length % 2);
        const int gpsSize = 2 + 2 * 12 + 4;
        var rationalOffset = gpsOffset + gpsSize;

        tiff.AddRange("MM"u8.ToArray()); U16(42); U32(ifd0);
        U16(3);
        U16(0x010E); U16(2); U32(text.Length); U32(textOffset); // ImageDescription
        U16(0x0112); U16(3); U32(1); U16(orientation); U16(0); // Orientation
        U16(0x8825); U16(4); U32(1); U32(gpsOffset); // GPS IFD
        U32(0);
        tiff.AddRange(text);
        if (text.Length % 2 == 1) tiff.Add(0);
        U16(2);
        U16(0x0001); U16(2); U32(2); tiff.AddRange("S\0\0\0"u8.ToArray()); // GPSLatitudeRef
        U16(0x0002); U16(5); U32(3); U32(rationalOffset); // GPSLatitude
        U32(0);
        foreach (var value in new[] { 3, 17, 42 }) { U32(value); U32(1); }

        var app1 = new List<byte> { 0xFF, 0xE1 };
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        app1.Add((byte)((payload.Length + 2) >> 8)); app1.Add((byte)(payload.Length + 2)); app1.AddRange(payload);
        var com = Encoding.ASCII.GetBytes(comment);
        var comSegment = new List<byte> { 0xFF, 0xFE, (byte)((com.Length + 2) >> 8), (byte)(com.Length + 2) };
        comSegment.AddRange(com);
        return jpeg[..2].Concat(app1).Concat(comSegment).Concat(jpeg[2..]).ToArray();
    }

    public static bool Contains(byte[] bytes, string text) => bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(text)) >= 0;
}
