using System.Text.RegularExpressions;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Workflows.Definitions.SourceReference;

/// <summary>
/// The six files print the paper's own words: every text the printed SOP shows (header block, each row's
/// No, Kegiatan, Kelengkapan, Waktu, Output) equals the hand transcription in <see cref="PagarAlamSource"/>,
/// whitespace aside. Readings of the source belong in notes, never in these fields.
/// </summary>
public partial class SourceTextTests
{
    public static TheoryData<string> Sops => [.. PagarAlamSource.All.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(Sops))]
    public void The_file_prints_the_source_words(string id)
    {
        var source = PagarAlamSource.All.Single(s => s.Id == id);
        var file = CaseDriver.Definitions[id];

        var differences = Differences(source, file).ToList();

        differences.ShouldBeEmpty(
            $"{source.Nomor} ({id}) differs from the paper:\n" + string.Join("\n", differences));
    }

    [Fact]
    public void A_changed_word_is_reported_with_the_row_and_both_texts()
    {
        var source = PagarAlamSource.All.Single(s => s.Id == "ak1");
        var file = CaseDriver.Definitions["ak1"];
        var edited = file with { Steps = [.. file.Steps.Select(s => s.No == 4 ? s with { Output = "Permohonan AK1 diparaf" } : s)] };

        Differences(source, edited).ShouldBe(["langkah 4 output: file \"Permohonan AK1 diparaf\" ≠ sumber \"Permohonan AKI diparaf\""]);
    }

    private static IEnumerable<string> Differences(SourceSop source, SopDefinition file)
    {
        var h = file.Header;
        IEnumerable<string> Compare(string where, string actual, string expected, bool ignoreCase = false) =>
            string.Equals(Normalised(actual), Normalised(expected), ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
                ? [] : [$"{where}: file \"{Normalised(actual)}\" ≠ sumber \"{Normalised(expected)}\""];
        IEnumerable<string> CompareList(string where, IEnumerable<string> actual, string[] expected)
        {
            var a = actual.ToList();
            if (a.Count != expected.Length)
                return [$"{where}: file has {a.Count} items, sumber {expected.Length}: [{string.Join(" | ", a)}] ≠ [{string.Join(" | ", expected)}]"];
            return a.Zip(expected).SelectMany((p, i) => Compare($"{where}[{i + 1}]", p.First, p.Second));
        }

        var header = Compare("nomor", h.Nomor, source.Nomor)
            // The header box prints the name in capitals; the file keeps it in title case for the screens.
            .Concat(Compare("nama", h.Nama, source.Nama, ignoreCase: true))
            .Concat(Compare("judul", h.Judul ?? "", source.Judul))
            .Concat(CompareList("dasarHukum", h.DasarHukum, source.DasarHukum))
            .Concat(CompareList("kualifikasiPelaksana", h.KualifikasiPelaksana, source.KualifikasiPelaksana))
            .Concat(Compare("keterkaitan", string.Join(" ", h.Keterkaitan), source.Keterkaitan))
            .Concat(CompareList("peralatan", h.Peralatan, source.Peralatan))
            .Concat(Compare("peringatan", string.Join(" ", h.Peringatan), source.Peringatan))
            .Concat(CompareList("pencatatan", h.Pencatatan, source.Pencatatan));
        foreach (var difference in header) yield return difference;

        var steps = file.Steps;
        if (steps.Length != source.Rows.Length)
            yield return $"rows: file has {steps.Length}, sumber {source.Rows.Length}";
        foreach (var (step, row) in steps.Zip(source.Rows))
        {
            var at = $"langkah {row.No}";
            var rowDifferences = Compare($"{at} no", step.Number, row.No)
                .Concat(Compare($"{at} kegiatan", step.Kegiatan, row.Kegiatan))
                // The paper writes one cell; the file may split it into items at its commas.
                .Concat(Compare($"{at} kelengkapan", string.Join(", ", step.Kelengkapan), row.Kelengkapan))
                // Waktu is parsed ("5 menit" = "5 Menit"); the print capitalises it the paper's way.
                .Concat(Compare($"{at} waktu", step.Waktu.Text, row.Waktu, ignoreCase: true))
                .Concat(Compare($"{at} output", step.Output, row.Output));
            foreach (var difference in rowDifferences) yield return difference;
        }
    }

    private static string Normalised(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
