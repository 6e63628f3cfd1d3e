using SopDesk.Workflows.Definitions;

namespace SopDesk.Bench;

/// <summary>The shared 1M-berkas database file of the inbox and dashboard benchmarks, kept in the temp folder between runs.</summary>
public static class BenchDatabase
{
    public static async Task<InboxBenchData> EnsureAsync(IReadOnlyList<SopDefinition> definitions)
    {
        // SOPDESK_BENCH_DIR: another folder for a copy of the file (e.g. to compare two schemas without rebuilding either).
        var folder = Environment.GetEnvironmentVariable("SOPDESK_BENCH_DIR") is { Length: > 0 } other ? other : Path.Combine(Path.GetTempPath(), "sopdesk-bench");
        Directory.CreateDirectory(folder);
        var data = new InboxBenchData { Path = Path.Combine(folder, "office-1m.db"), Definitions = definitions };
        await data.EnsureAsync();
        return data;
    }
}
