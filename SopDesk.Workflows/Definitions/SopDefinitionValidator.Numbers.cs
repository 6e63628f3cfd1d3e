namespace SopDesk.Workflows.Definitions;

/// <summary>Printed step numbers ("4", "4a"): each once per file, ascending in the order the paper prints them.</summary>
public static partial class SopDefinitionValidator
{
    private static void CheckNumbers(SopDefinition sop, Action<string, string> error)
    {
        var seen = new HashSet<string>();
        Step? previous = null;
        for (var i = 0; i < sop.Steps.Length; i++)
        {
            var step = sop.Steps[i];
            var at = $"$.steps[{i}]";
            if (!seen.Add(step.Number))
                error(step.Sub is null ? $"{at}.no" : $"{at}.sub", $"nomor langkah {step.Number} dipakai lebih dari sekali; setiap baris tabel SOP bernomor unik");
            else if (previous is not null && Compare(step, previous) < 0)
                error(step.Sub is null ? $"{at}.no" : $"{at}.sub",
                    $"nomor langkah {step.Number} muncul setelah langkah {previous.Number}; urutkan langkah menurut nomor seperti tabel SOP");
            previous = step;
        }
    }

    // "4" < "4a" < "4b" < "5": the row number first, then the letter (none before any).
    private static int Compare(Step a, Step b) =>
        a.No != b.No ? a.No.CompareTo(b.No) : string.CompareOrdinal(a.Sub ?? "", b.Sub ?? "");
}
