using System.Diagnostics;
using System.Text;
using System.Text.Json;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Bench;

/// <summary>
/// How long a hostile folder holds up the start: the six real files plus a generated 50 MB file of
/// 60,000 steps (refused by size, unread), and — past every cap, straight into the validator — the graph
/// checks on chains of 2,500 … 60,000 steps, which must grow linearly.
/// </summary>
public static class DefinitionLoadBenchmark
{
    public static Task RunAsync()
    {
        var folder = Directory.CreateTempSubdirectory("sopdesk-bench-defs-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "workflows"), "*.json"))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            var clock = Stopwatch.StartNew();
            var cold = SopDefinitionLoader.LoadDirectory(folder);
            Console.WriteLine($"folder: the 6 real files, first load in the process (schema read, JIT): {clock.Elapsed.TotalMilliseconds:0} ms, loaded {cold.Definitions.Length}");
            var big = Path.Combine(folder, "besar.json");
            File.WriteAllText(big, Chain(60_000, padding: 50 * 1024 * 1024 / 60_000));
            clock.Restart();
            var report = SopDefinitionLoader.LoadDirectory(folder);
            clock.Stop();
            var folderMs = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine($"folder: 6 real files + {new FileInfo(big).Length / (1024.0 * 1024):0.0} MB / 60,000 steps: loaded {report.Definitions.Length}, refused {report.Failures.Count} in {clock.Elapsed.TotalMilliseconds:0} ms");
            Console.WriteLine($"  {report.Failures["besar.json"].Single()}");
            var alone = Directory.CreateDirectory(Path.Combine(folder, "alone")).FullName;
            File.Move(big, Path.Combine(alone, "besar.json"));
            clock.Restart();
            var refused = SopDefinitionLoader.LoadDirectory(alone);
            clock.Stop();
            var aloneMs = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine($"the 50 MB file alone: refused in {clock.Elapsed.TotalMilliseconds:0.0} ms ({refused.Failures.Count} refused)");

            var validatorMs = 0.0;
            foreach (var steps in new[] { 2_500, 2_500, 10_000, 20_000, 60_000 })
            {
                var json = Chain(steps, padding: 1);
                var definition = JsonSerializer.Deserialize<SopDefinition>(json, SopJson.Options)!;
                GC.Collect();
                clock.Restart();
                var errors = SopDefinitionValidator.Validate("rantai.json", definition);
                clock.Stop();
                Console.WriteLine($"validator, {steps,6:N0} steps: {clock.Elapsed.TotalMilliseconds,7:0.0} ms, {errors.Length} errors");
                validatorMs = clock.Elapsed.TotalMilliseconds;
            }
            FormattableString last = $"refuse_50mb_ms={aloneMs:0.0} folder_with_50mb_ms={folderMs:0} validator_ms_60000_steps={validatorMs:0}";
            Console.WriteLine(FormattableString.Invariant(last));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        return Task.CompletedTask;
    }

    /// <summary>A valid SOP whose steps form one chain to the end.</summary>
    private static string Chain(int steps, int padding)
    {
        var text = new string('x', padding);
        var json = new StringBuilder("""
            { "id": "rantai", "contentHash": "x", "sourceJson": "",
              "header": { "nomor": "1", "nama": "Rantai", "instansi": "I", "unit": "U", "tanggalPembuatan": "2026-01-01", "tanggalEfektif": "2026-01-01", "disahkanOleh": { "nama": "N", "pangkat": "P", "nip": "1" } },
              "lanes": [ { "id": "a", "name": "A", "roles": ["a"], "party": "staff" } ], "ends": [ { "id": "selesai", "label": "Selesai", "kind": "completed" } ],
              "steps": [
            """);
        for (var i = 0; i < steps; i++)
            json.Append(i == 0 ? "" : ",").Append($$"""{"id":"l{{i}}","no":{{i + 1}},"lane":"a","kind":"task","kegiatan":"{{text}}","waktu":"5 menit","output":"O","next":"{{(i + 1 < steps ? $"l{i + 1}" : "selesai")}}"}""");
        return json.Append("] }").ToString();
    }
}
