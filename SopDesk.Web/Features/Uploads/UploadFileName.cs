using System.Text;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Uploads;

/// <summary>
/// The sent name made safe to show and to offer in a download: no folders, no control or quote characters, at most 100
/// characters, and the extension of what the bytes really are. It is never used as a path.
/// </summary>
public static class UploadFileName
{
    public static string Clean(string? sent, UploadType type, string fallback)
    {
        var name = Path.GetFileName((sent ?? "").Replace('\\', '/'));
        name = Path.GetFileNameWithoutExtension(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
            builder.Append(char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or '(' or ')' ? c : '_');
        var stem = builder.ToString().Trim(' ', '.', '_');
        if (stem.Length == 0) stem = fallback;
        if (stem.Length > 96) stem = stem[..96];
        return stem + UploadTypes.Extension(type);
    }

    /// <summary>ASCII only, for a download's Content-Disposition (the header also carries the UTF-8 form).</summary>
    public static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name) builder.Append(c is >= ' ' and < (char)127 && c is not '"' and not '\\' and not ';' ? c : '_');
        return builder.ToString();
    }
}
