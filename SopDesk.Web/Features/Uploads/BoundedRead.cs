namespace SopDesk.Web.Features.Uploads;

/// <summary>Reads an upload into memory, never more than its limit + 1 byte: a bigger stream is known to be too big and left unread.</summary>
public static class BoundedRead
{
    /// <summary>The bytes, or null when the stream holds more than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(Stream content, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var want = (int)Math.Min(chunk.Length, limit + 1 - buffer.Length);
            if (want <= 0) return null;
            var read = await content.ReadAsync(chunk.AsMemory(0, want), ct);
            if (read == 0) return buffer.ToArray();
            buffer.Write(chunk, 0, read);
        }
    }
}
