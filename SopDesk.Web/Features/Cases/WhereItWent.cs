using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Cases;

/// <summary>
/// What the officer is told after an act moved the berkas on: where it is now, read from the state the engine left
/// (its open step and lane, or the end it reached). One place for the berkas page's confirmation.
/// </summary>
public static class WhereItWent
{
    /// <summary>
    /// "Tersimpan. Berkas diteruskan ke Kasi — Paraf (langkah 4).", "Tersimpan. Berkas dikembalikan ke pemohon — …
    /// (langkah 2).", or "Tersimpan. Berkas selesai: AK1 diserahkan." once closed.
    /// </summary>
    public static string After(SopDefinition definition, CaseState state)
    {
        if (state.OpenItem is { } open && definition.Steps.FirstOrDefault(s => s.Id == open.StepId) is { } step)
        {
            var lane = definition.Lanes.FirstOrDefault(l => l.Id == open.LaneId) ?? definition.Lane(step.Lane);
            return lane.Party switch
            {
                LaneParty.Applicant => $"Tersimpan. Berkas dikembalikan ke pemohon — {step.Kegiatan} (langkah {step.Number}).",
                LaneParty.External => $"Tersimpan. Berkas menunggu {lane.Name} — {step.Kegiatan} (langkah {step.Number}).",
                _ => $"Tersimpan. Berkas diteruskan ke {lane.Name} — {step.Kegiatan} (langkah {step.Number}).",
            };
        }
        if (definition.Ends.FirstOrDefault(e => e.Id == state.EndId) is { } end)
        {
            var detail = EndDetail(end);
            return end.Kind switch
            {
                EndKind.Completed => $"Tersimpan. Berkas selesai{detail}.",
                EndKind.Returned => $"Tersimpan. Berkas dikembalikan ke pemohon dan ditutup{detail}.",
                _ => $"Tersimpan. Berkas ditutup: {end.Label}.",
            };
        }
        return "Tersimpan.";
    }

    // "Selesai — AK1 diserahkan" → ": AK1 diserahkan"; a label without a dash adds nothing.
    private static string EndDetail(EndState end) =>
        end.Label.Split('—', 2) is [_, var rest] && rest.Trim().Length > 0 ? $": {rest.Trim()}" : "";
}
