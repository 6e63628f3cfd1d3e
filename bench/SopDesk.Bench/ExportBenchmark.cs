using System.Diagnostics;
using System.Globalization;
using MiniExcelLibs;
using SopDesk.Web.Features.Registers.Export;

namespace SopDesk.Bench;

/// <summary>
/// The register Excel writer against MiniExcel's plain SaveAs of the same 100,000 rows. Each writer runs in its own
/// child process (this program again, hidden command <c>export-one</c>): a peak working set is only the writer's
/// own when nothing else ran in that process before it. The child reports its wall time for the write and its peak
/// working set (VmHWM, read as it finishes — an exited process has no /proc entry left to read).
/// </summary>
public static class ExportBenchmark
{
    public const string ChildCommand = "export-one";
    private const string Chosen = "chosen", Reference = "reference", RowsOnly = "rows";

    public static async Task RunAsync()
    {
        var chosen = await RunChildAsync(Chosen);
        var reference = await RunChildAsync(Reference);
        var floor = await RunChildAsync(RowsOnly);
        Console.WriteLine($"{ExportBenchRows.Count:N0} rows x {ExportBenchRows.Sheet.Columns.Count} columns, each writer in its own process");
        Report("RegisterExcelWriter (styled register)", chosen);
        Report("MiniExcel.SaveAs (plain rows)", reference);
        Report("rows generated, nothing written", floor);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"export_s={chosen.Seconds:F2} export_peak_mb={chosen.PeakMb:F0} reference_s={reference.Seconds:F2} reference_peak_mb={reference.PeakMb:F0} time_ratio={chosen.Seconds / reference.Seconds:F2} mem_ratio={chosen.PeakMb / reference.PeakMb:F2}"));
    }

    private static void Report(string writer, ChildFigures figures) =>
        Console.WriteLine($"{writer,-38} {figures.Seconds:F2} s ({figures.CpuSeconds:F2} s CPU, {figures.ProcessSeconds:F2} s with process start), "
            + $"peak {figures.PeakMb:F0} MB, file {figures.FileMb:F1} MB");

    /// <summary>In the child: writes the register with one writer, then prints "seconds peak_mb file_mb cpu_seconds".</summary>
    public static async Task RunOneAsync(string writer)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sopdesk-bench-export-{writer}-{Environment.ProcessId}.xlsx");
        try
        {
            var watch = Stopwatch.StartNew();
            switch (writer)
            {
                case Chosen:
                    await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
                        await RegisterExcelWriter.WriteAsync(file, ExportBenchRows.Sheet, ExportBenchRows.Generate(ExportBenchRows.Count).ToAsyncEnumerable());
                    break;
                case Reference:
                    MiniExcel.SaveAs(path, ReferenceRows());
                    break;
                case RowsOnly: // the floor both writers stand on: the runtime and the generated rows
                    await File.WriteAllTextAsync(path, $"{ExportBenchRows.Generate(ExportBenchRows.Count).Count()}");
                    break;
                default:
                    throw new ArgumentException($"unknown writer {writer}", nameof(writer));
            }
            var seconds = watch.Elapsed.TotalSeconds;
            using var self = Process.GetCurrentProcess();
            var peakMb = self.PeakWorkingSet64 / 1048576d;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{seconds:R} {peakMb:R} {new FileInfo(path).Length / 1048576d:R} {self.TotalProcessorTime.TotalSeconds:R}"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The same values, keyed by header as MiniExcel wants; dates as DateTime, which MiniExcel writes as dates.</summary>
    private static IEnumerable<Dictionary<string, object?>> ReferenceRows()
    {
        var headers = ExportBenchRows.Sheet.Columns.Select(c => c.Header).ToArray();
        foreach (var values in ExportBenchRows.Generate(ExportBenchRows.Count))
        {
            var row = new Dictionary<string, object?>(headers.Length);
            for (var i = 0; i < headers.Length; i++)
                row[headers[i]] = values[i] is DateOnly date ? date.ToDateTime(TimeOnly.MinValue) : values[i];
            yield return row;
        }
    }

    private static async Task<ChildFigures> RunChildAsync(string writer)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(ExportBenchmark).Assembly.Location);
        start.ArgumentList.Add(ChildCommand);
        start.ArgumentList.Add(writer);

        var watch = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        if (child.ExitCode != 0) throw new InvalidOperationException($"{ChildCommand} {writer} failed with exit code {child.ExitCode}");
        var figures = output.Trim().Split(' ').Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return new ChildFigures(figures[0], figures[1], figures[2], figures[3], watch.Elapsed.TotalSeconds);
    }

    /// <summary>CPU time is printed beside wall time: on a shared machine it shows whether a slow run was the writer or the neighbours.</summary>
    private sealed record ChildFigures(double Seconds, double PeakMb, double FileMb, double CpuSeconds, double ProcessSeconds);
}
