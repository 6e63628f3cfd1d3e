using System.Globalization;

namespace SopDesk.Web.Features.Uploads;

/// <summary>Sizes as the public reads them: "10,4 MB", "2 MB", "350 KB" (Indonesian decimal comma).</summary>
public static class FileSizeText
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string Of(long bytes) =>
        bytes >= 1024 * 1024 ? $"{(bytes / (1024.0 * 1024)).ToString("0.#", Indonesian)} MB"
        : $"{Math.Max(1, (long)Math.Ceiling(bytes / 1024.0))} KB";
}
