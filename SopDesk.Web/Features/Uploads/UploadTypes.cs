using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Uploads;

/// <summary>The three accepted types: their content type, extension and the name the public reads.</summary>
public static class UploadTypes
{
    public static string ContentType(UploadType type) => type switch
    {
        UploadType.Jpeg => "image/jpeg",
        UploadType.Png => "image/png",
        _ => "application/pdf",
    };

    public static UploadType? FromContentType(string contentType) => contentType switch
    {
        "image/jpeg" => UploadType.Jpeg,
        "image/png" => UploadType.Png,
        "application/pdf" => UploadType.Pdf,
        _ => null,
    };

    public static string Extension(UploadType type) => type switch
    {
        UploadType.Jpeg => ".jpg",
        UploadType.Png => ".png",
        _ => ".pdf",
    };

    public static string Name(UploadType type) => type switch
    {
        UploadType.Jpeg => "JPEG",
        UploadType.Png => "PNG",
        _ => "PDF",
    };

    public static bool IsImage(UploadType type) => type is UploadType.Jpeg or UploadType.Png;

    /// <summary>"JPEG, PNG atau PDF".</summary>
    public static string List(IReadOnlyList<UploadType> types)
    {
        var names = types.Select(Name).ToList();
        return names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} atau {names[^1]}";
    }
}
