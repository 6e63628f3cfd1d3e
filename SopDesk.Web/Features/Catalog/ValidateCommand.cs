using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Catalog;

/// <summary>
/// <c>dotnet run --project SopDesk.Web -- validate workflows/</c>: checks a folder as the app would load it
/// (every file, and one id per file across the folder) without a database or a web host, for the office's
/// editor and CI. Prints <c>file: path: message</c> per error and a summary; exit code 1 on any error.
/// </summary>
public static class ValidateCommand
{
    public const string Name = "validate";

    /// <summary>True when the process was started as this command (the web host is then never built).</summary>
    public static bool IsInvoked(string[] args) => args is [Name, ..];

    public static int Run(string[] args, TextWriter output)
    {
        var folder = args.Length > 1 ? Resolve(args[1]) : Path.Combine(AppContext.BaseDirectory, "workflows");
        if (!Directory.Exists(folder))
        {
            output.WriteLine($"Folder '{folder}' tidak ditemukan.");
            return 2;
        }
        var report = SopDefinitionLoader.LoadDirectory(folder);
        var errors = report.AllErrors.ToList();
        foreach (var error in errors) output.WriteLine(error);
        var files = report.Definitions.Length + report.Failures.Count;
        output.WriteLine(errors.Count == 0
            ? $"{files} berkas diperiksa: semua valid."
            : $"{files} berkas diperiksa: {report.Definitions.Length} valid, {report.Failures.Count} ditolak, {errors.Count} kesalahan.");
        return errors.Count == 0 ? 0 : 1;
    }

    /// <summary>
    /// `dotnet run --project SopDesk.Web` runs the app in the project's folder, so "workflows/" typed at the
    /// repository root is looked up from the shell's folder (PWD) when it is not found from ours.
    /// </summary>
    private static string Resolve(string folder)
    {
        if (Path.IsPathRooted(folder) || Directory.Exists(folder)) return folder;
        var shell = Environment.GetEnvironmentVariable("PWD");
        return shell is not null && Directory.Exists(Path.Combine(shell, folder)) ? Path.Combine(shell, folder) : folder;
    }
}
