namespace SopDesk.Workflows.Definitions;

/// <summary>
/// Revision loops and rejected ends: every loop is declared once with a positive max and is counted by some outcome,
/// outcomes name only declared loops, and a rejection always says why.
/// </summary>
public static partial class SopDefinitionValidator
{
    private static void CheckLoops(SopDefinition sop, Action<string, string> error)
    {
        var declared = new HashSet<string>();
        for (var i = 0; i < sop.Loops.Length; i++)
        {
            var loop = sop.Loops[i];
            if (!declared.Add(loop.Id))
                error($"$.loops[{i}].id", $"id loop '{loop.Id}' dipakai dua kali");
            if (loop.Max < 1)
                error($"$.loops[{i}].max", $"batas loop '{loop.Id}' harus paling sedikit 1 (tertulis {loop.Max})");
        }

        var counted = new HashSet<string>();
        for (var i = 0; i < sop.Steps.Length; i++)
            for (var j = 0; j < sop.Steps[i].Outcomes.Length; j++)
            {
                var outcome = sop.Steps[i].Outcomes[j];
                var at = $"$.steps[{i}].outcomes[{j}]";
                if (outcome.Loop is { } loop)
                {
                    counted.Add(loop);
                    if (!declared.Contains(loop)) error($"{at}.loop", UnknownLoop(loop, declared));
                }
                if (outcome.AfterLoop is { } after && !declared.Contains(after))
                    error($"{at}.afterLoop", UnknownLoop(after, declared));
                if (outcome.Loop is not null && outcome.Loop == outcome.AfterLoop)
                    error(at, $"hasil '{outcome.Id}' tidak boleh menghitung loop '{outcome.Loop}' sekaligus menunggu batasnya (loop dan afterLoop sama)");
                if (sop.Ends.FirstOrDefault(e => e.Id == outcome.Next) is { Kind: EndKind.Rejected } end && !outcome.RequiresNote)
                    error($"{at}.requiresNote", $"hasil '{outcome.Id}' menutup berkas sebagai ditolak ('{end.Id}'): tambahkan \"requiresNote\": true agar alasan penolakan dicatat");
            }

        for (var i = 0; i < sop.Loops.Length; i++)
            if (!counted.Contains(sop.Loops[i].Id))
                error($"$.loops[{i}]", $"loop '{sop.Loops[i].Id}' tidak dihitung oleh hasil mana pun (tambahkan \"loop\": \"{sop.Loops[i].Id}\" pada hasil yang menghitungnya)");
    }

    private static string UnknownLoop(string loop, HashSet<string> declared) =>
        declared.Count == 0 ? $"loop '{loop}' tidak dideklarasikan (file ini tidak memiliki \"loops\")"
            : $"loop '{loop}' tidak dideklarasikan (loop: {string.Join(", ", declared)})";
}
