using SkiaSharp;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Uploads;

/// <summary>
/// Decodes an uploaded image with SkiaSharp and writes a new file from its pixels alone, so EXIF (GPS, camera, comments),
/// XMP and anything hidden after the image are gone. The EXIF orientation is applied first (Skia reports it but does not
/// rotate), big images are scaled down, and the pas foto is centre-cropped to 3:4 at exactly 354×472 px.
/// </summary>
public static class ImageNormalizer
{
    public const int PhotoWidth = 354, PhotoHeight = 472;
    /// <summary>Longest side kept for document scans: legible KTP/ijazah text, a few hundred KB.</summary>
    public const int MaxSide = 2000;
    /// <summary>Refuse before decoding anything larger (a 2 MB file can claim 30 000 × 30 000 px).</summary>
    public const long MaxPixels = 50_000_000;
    public const int JpegQuality = 85;

    public sealed record Result(byte[]? Bytes, UploadType Type, string? Problem);

    /// <summary>
    /// The photo and JPEG input become JPEG. A PNG stays PNG: scans of documents with small text stay sharp (lossless) and
    /// Skia's PNG encoder writes only the image chunks, so metadata goes all the same.
    /// </summary>
    public static Result Normalize(byte[] bytes, UploadType type, bool photo)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return new(null, type, "tidak dapat dibaca sebagai gambar");
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > MaxPixels)
            return new(null, type, "ukuran gambarnya (piksel) tidak wajar");

        // Decode straight at a smaller size when the output is smaller (JPEG decodes at 1/2, 1/4, 1/8 almost for free): the
        // full-size decode and its downscale were most of a submission's time.
        var size = DecodeSize(codec, photo);
        using var decoded = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var read = codec.GetPixels(decoded.Info, decoded.GetPixels());
        if (read != SKCodecResult.Success)
            return new(null, type, "gambarnya rusak atau terpotong");

        using var oriented = codec.EncodedOrigin == SKEncodedOrigin.TopLeft ? null : Orient(decoded, codec.EncodedOrigin);
        var upright = oriented ?? decoded;
        var outType = photo ? UploadType.Jpeg : type;
        using var output = photo ? CropToPhoto(upright) : Shrink(upright);
        return new(Encode(output, outType), outType, null);
    }

    /// <summary>The smallest size the codec decodes to that still covers the output (the photo, or at most <see cref="MaxSide"/>).</summary>
    private static SKSizeI DecodeSize(SKCodec codec, bool photo)
    {
        var info = codec.Info;
        // Orientation swaps sides but scales both alike, so the short/long sides decide.
        float shortSide = Math.Min(info.Width, info.Height), longSide = Math.Max(info.Width, info.Height);
        var wanted = photo
            ? Math.Max(PhotoWidth / Math.Min(shortSide, longSide * 3 / 4), PhotoHeight / Math.Min(longSide, shortSide * 4 / 3))
            : MaxSide / longSide;
        if (wanted >= 1) return info.Size;
        var scaled = codec.GetScaledDimensions(wanted);
        // Only a size at least as large as wanted (the codec may round down): the photo must not be upscaled.
        return scaled.Width >= info.Width * wanted - 0.5f && scaled.Height >= info.Height * wanted - 0.5f ? scaled : info.Size;
    }

    /// <summary>Applies the EXIF orientation (1–8) so the pixels stand upright once the tag is gone.</summary>
    public static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        int w = source.Width, h = source.Height;
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(new SKImageInfo(swaps ? h : w, swaps ? w : h, source.ColorType, source.AlphaType));
        using var canvas = new SKCanvas(result);
        canvas.Clear(SKColors.Transparent);
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: canvas.Translate(w, 0); canvas.Scale(-1, 1); break;
            case SKEncodedOrigin.BottomRight: canvas.Translate(w, h); canvas.RotateDegrees(180); break;
            case SKEncodedOrigin.BottomLeft: canvas.Translate(0, h); canvas.Scale(1, -1); break;
            case SKEncodedOrigin.LeftTop: canvas.RotateDegrees(90); canvas.Scale(1, -1); break; // transpose
            case SKEncodedOrigin.RightTop: canvas.Translate(h, 0); canvas.RotateDegrees(90); break; // 90° clockwise
            case SKEncodedOrigin.RightBottom: canvas.Translate(h, w); canvas.RotateDegrees(90); canvas.Scale(-1, 1); break; // transverse
            case SKEncodedOrigin.LeftBottom: canvas.Translate(0, w); canvas.RotateDegrees(270); break; // 90° counter-clockwise
        }
        canvas.DrawBitmap(source, 0, 0);
        return result;
    }

    private static SKBitmap CropToPhoto(SKBitmap source)
    {
        // The largest 3:4 rectangle in the middle of the picture.
        float w = source.Width, h = source.Height;
        var cropW = Math.Min(w, h * 3 / 4);
        var cropH = cropW * 4 / 3;
        var crop = SKRect.Create((w - cropW) / 2, (h - cropH) / 2, cropW, cropH);
        return Draw(source, crop, PhotoWidth, PhotoHeight);
    }

    private static SKBitmap Shrink(SKBitmap source)
    {
        var scale = Math.Min(1f, (float)MaxSide / Math.Max(source.Width, source.Height));
        var width = Math.Max(1, (int)Math.Round(source.Width * scale));
        var height = Math.Max(1, (int)Math.Round(source.Height * scale));
        return Draw(source, SKRect.Create(source.Width, source.Height), width, height);
    }

    private static SKBitmap Draw(SKBitmap source, SKRect from, int width, int height)
    {
        var result = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(result);
        using var image = SKImage.FromBitmap(source);
        canvas.Clear(SKColors.Transparent);
        // Mipmaps only when shrinking a lot (a scan already at most twice the output needs none; building them is costly).
        var mipmaps = from.Width > 2 * width ? SKMipmapMode.Linear : SKMipmapMode.None;
        canvas.DrawImage(image, from, SKRect.Create(width, height), new SKSamplingOptions(SKFilterMode.Linear, mipmaps));
        return result;
    }

    private static byte[] Encode(SKBitmap bitmap, UploadType type)
    {
        if (type == UploadType.Png)
        {
            using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            return png.ToArray();
        }
        // JPEG has no transparency: flatten on white (a transparent PNG photo must not turn black).
        using var flat = new SKBitmap(new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(flat))
        {
            canvas.Clear(SKColors.White);
            canvas.DrawBitmap(bitmap, 0, 0);
        }
        using var jpeg = flat.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return jpeg.ToArray();
    }
}
