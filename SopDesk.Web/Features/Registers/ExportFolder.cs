namespace SopDesk.Web.Features.Registers;

/// <summary>
/// Where register exports (full NIKs, names, addresses) wait for their download: a folder only SopDesk's own account may
/// open (0700), files only it may read (0600), emptied when the app starts so a file left by a crash does not survive.
/// "Registers:ExportFolder"; by default sopdesk-exports in the system's temp folder.
/// </summary>
public sealed class ExportFolder
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public ExportFolder(string path)
    {
        Path = path;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else
        {
            Directory.CreateDirectory(path, OwnerOnlyFolder);
            File.SetUnixFileMode(path, OwnerOnlyFolder); // the folder may have existed with wider rights
        }
        foreach (var left in Directory.EnumerateFiles(path)) File.Delete(left);
    }

    public string Path { get; }

    public static ExportFolder Read(IConfiguration configuration) =>
        new(configuration["Registers:ExportFolder"] is { Length: > 0 } path ? path : System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sopdesk-exports"));

    /// <summary>A new file readable by SopDesk alone.</summary>
    public FileStream Create(string fileName)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnlyFile;
        return new FileStream(System.IO.Path.Combine(Path, fileName), options);
    }

    /// <summary>Opens a written file for its one download; the file is gone once the stream closes (the response is sent).</summary>
    public static FileStream OpenOnce(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
}
