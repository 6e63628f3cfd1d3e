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
        var folder = args.Length > 1 ? args[1] : "workflows";
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
}
