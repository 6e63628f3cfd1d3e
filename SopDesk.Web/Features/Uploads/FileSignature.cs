using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Uploads;

/// <summary>
/// The allow-list: a file is what its first bytes say, never what its name or the browser's declared type say.
/// JPEG FF D8 FF, PNG 89 50 4E 47 0D 0A 1A 0A, PDF "%PDF-" at byte 0 (a PDF reader would accept a later header — we do not).
/// </summary>
public static class FileSignature
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    internal static readonly byte[] Pdf = "%PDF-"u8.ToArray();

    public static UploadType? Of(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Jpeg) ? UploadType.Jpeg
        : bytes.StartsWith(Png) ? UploadType.Png
        : bytes.StartsWith(Pdf) ? UploadType.Pdf
        : null;

    /// <summary>A Windows program ("MZ") renamed to .jpg or .pdf: named as such in the refusal.</summary>
    public static bool IsProgram(ReadOnlySpan<byte> bytes) => bytes.StartsWith("MZ"u8) || bytes.StartsWith("\u007FELF"u8);
}
