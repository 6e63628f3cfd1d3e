using System.Diagnostics;
using System.Text;

namespace SopDesk.Tests.Web.Registers;

/// <summary>
/// Converts a workbook to CSV with LibreOffice (`soffice --headless --convert-to csv`) and parses the result, so a
/// test can check the file as a second, independent reader sees it. test.sh installs libreoffice-calc when missing.
/// </summary>
internal static class LibreOfficeCsv
{
    private const string Soffice = "soffice";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Every row of the first sheet as LibreOffice shows it (cell contents as formatted).</summary>
    public static async Task<IReadOnlyList<string[]>> ConvertAsync(string xlsxPath)
    {
        var work = Directory.CreateTempSubdirectory("sopdesk-lo-");
        try
        {
            // A private profile per run: two conversions sharing the default profile block each other.
            var profile = new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri;
            var start = new ProcessStartInfo(Soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                // Pinned so the figures do not depend on the machine: in the C locale LibreOffice shows 12.5 for 12,5
                // and a date in the cell's own format (dd/mm/yyyy → 05/01/2026).
                Environment = { ["LC_ALL"] = "C.UTF-8", ["LANG"] = "C.UTF-8" },
            };
            // 44,34,76,1: comma, double quote, UTF-8, from the first line.
            foreach (var argument in new[] { $"-env:UserInstallation={profile}", "--headless", "--norestore",
                         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", work.FullName, xlsxPath })
                start.ArgumentList.Add(argument);

            using var soffice = StartOrExplain(start);
            using var timeout = new CancellationTokenSource(Timeout);
            var output = soffice.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = soffice.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await soffice.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                soffice.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not convert {xlsxPath} within {Timeout.TotalSeconds:F0} s");
            }
            var csv = Path.Combine(work.FullName, Path.ChangeExtension(Path.GetFileName(xlsxPath), ".csv"));
            if (soffice.ExitCode != 0 || !File.Exists(csv))
                throw new InvalidOperationException($"soffice exit {soffice.ExitCode}, no {csv}: {await output} {await errors}");
            return Parse(await File.ReadAllTextAsync(csv, Encoding.UTF8));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                "LibreOffice (soffice) is not installed: run test.sh, which installs Debian's libreoffice-calc, " +
                "or `apt-get install -y --no-install-recommends libreoffice-calc`.", e);
        }
    }

    /// <summary>RFC 4180: fields split by commas, quoted when they hold a comma, a quote ("" inside) or a line break.</summary>
    private static List<string[]> Parse(string csv)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n': fields.Add(field.ToString()); field.Clear(); rows.Add([.. fields]); fields.Clear(); break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); rows.Add([.. fields]); }
        return rows;
    }
}
