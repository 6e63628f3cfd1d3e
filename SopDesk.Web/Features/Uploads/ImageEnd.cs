namespace SopDesk.Web.Features.Uploads;

/// <summary>
/// Where an image's own data ends, by walking its structure (JPEG segments up to EOI, PNG chunks up to IEND) — bytes after
/// that belong to no image: harmless camera trailers, or the page half of a polyglot.
/// </summary>
public static class ImageEnd
{
    /// <summary>The offset just after the JPEG's end-of-image marker, or -1 when the structure is broken.</summary>
    public static int Jpeg(ReadOnlySpan<byte> b)
    {
        var i = 2; // after SOI
        while (i + 1 < b.Length)
        {
            if (b[i] != 0xFF) return -1;
            var marker = b[i + 1];
            if (marker == 0xFF) { i++; continue; } // fill byte
            if (marker == 0xD9) return i + 2; // EOI
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7)) { i += 2; continue; } // no length
            if (i + 3 >= b.Length) return -1;
            i += 2 + (b[i + 2] << 8 | b[i + 3]);
            if (marker != 0xDA) continue;
            // Entropy-coded scan data runs to the next marker that is neither a stuffed 00 nor a restart marker.
            while (i + 1 < b.Length && !(b[i] == 0xFF && b[i + 1] != 0x00 && b[i + 1] is not (>= 0xD0 and <= 0xD7))) i++;
        }
        return -1;
    }

    /// <summary>The offset just after the PNG's IEND chunk, or -1 when the structure is broken.</summary>
    public static int Png(ReadOnlySpan<byte> b)
    {
        var i = 8;
        while (i + 12 <= b.Length)
        {
            var length = (long)((uint)b[i] << 24 | (uint)b[i + 1] << 16 | (uint)b[i + 2] << 8 | b[i + 3]);
            var end = i + 12 + length;
            if (end > b.Length) return -1;
            if (b.Slice(i + 4, 4).SequenceEqual("IEND"u8)) return (int)end;
            i = (int)end;
        }
        return -1;
    }
}
