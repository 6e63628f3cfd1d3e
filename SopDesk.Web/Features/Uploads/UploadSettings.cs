namespace SopDesk.Web.Features.Uploads;

/// <summary>
/// Where uploaded documents are kept ("Uploads:Path"): by default App_Data/uploads under the content root, beside the
/// database and never under wwwroot, so no static-file route can ever reach a file. Created at start, owner-only (0700).
/// </summary>
public sealed class UploadSettings
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public UploadSettings(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(Path);
        else Directory.CreateDirectory(Path, OwnerOnlyFolder);
    }

    public string Path { get; }

    public static UploadSettings Read(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var path = configuration["Uploads:Path"] is { Length: > 0 } configured
            ? System.IO.Path.Combine(environment.ContentRootPath, configured)
            : System.IO.Path.Combine(environment.ContentRootPath, "App_Data", "uploads");
        var settings = new UploadSettings(path);
        if (environment.WebRootPath is { Length: > 0 } webRoot && IsInside(settings.Path, webRoot))
            throw new InvalidOperationException($"Uploads:Path ({settings.Path}) lies inside the web root ({webRoot}); uploads must never be served as static files.");
        return settings;
    }

    private static bool IsInside(string path, string folder)
    {
        var root = System.IO.Path.GetFullPath(folder).TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar;
        return (path.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal);
    }
}
