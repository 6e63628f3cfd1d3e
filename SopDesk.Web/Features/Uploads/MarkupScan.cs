using System.Text;

namespace SopDesk.Web.Features.Uploads;

/// <summary>
/// Finds what a browser would run if it ever treated the bytes as a page: HTML, script, SVG. Only these long, specific
/// tags are looked for — a photo's XMP metadata is XML too, and short patterns would turn up by chance in compressed data.
/// </summary>
public static class MarkupScan
{
    private static readonly byte[][] Tags = new[]
        {"<html", "<script", "<svg", "<!doctype", "<iframe", "<body", "<object", "<embed", "<?xml-stylesheet", "javascript:"}
        .Select(t => Encoding.ASCII.GetBytes(t)).ToArray();

    /// <summary>Does the span contain one of the tags (ASCII case-insensitive)?</summary>
    public static bool ContainsMarkup(ReadOnlySpan<byte> bytes)
    {
        for (var i = bytes.IndexOfAny((byte)'<', (byte)'j', (byte)'J'); i >= 0 && i < bytes.Length; )
        {
            foreach (var tag in Tags)
                if (StartsWithIgnoreCase(bytes[i..], tag)) return true;
            var next = bytes[(i + 1)..].IndexOfAny((byte)'<', (byte)'j', (byte)'J');
            if (next < 0) return false;
            i += next + 1;
        }
        return false;
    }

    /// <summary>Does the file look like a text page (HTML or SVG): markup within its first kilobyte?</summary>
    public static bool LooksLikeMarkup(ReadOnlySpan<byte> bytes) => ContainsMarkup(bytes[..Math.Min(bytes.Length, 1024)]);

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> bytes, byte[] tag)
    {
        if (bytes.Length < tag.Length) return false;
        for (var k = 0; k < tag.Length; k++)
            if (char.ToLowerInvariant((char)bytes[k]) != tag[k]) return false;
        return true;
    }
}
