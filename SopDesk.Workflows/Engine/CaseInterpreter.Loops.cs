using SopDesk.Workflows.Definitions;

namespace SopDesk.Workflows.Engine;

/// <summary>
/// Bounded revision loops: counted from the outcomes actually chosen (<see cref="CaseState.Chosen"/>), never from
/// visits, so a paraf's koreksi back to the decision step does not use up a revision.
/// </summary>
public sealed partial class CaseInterpreter
{
    /// <summary>How many rounds of <paramref name="loopId"/> the case has been through: the chosen outcomes that name it.</summary>
    public static int LoopCount(SopDefinition definition, CaseState state, string loopId) =>
        definition.Steps.Sum(step => step.Outcomes.Where(o => o.Loop == loopId).Sum(o => state.TimesChosen(step.Id, o.Id)));

    /// <summary>Why a loop keeps <paramref name="outcome"/> from being chosen now, or null.</summary>
    private static string? LoopNotAvailableReason(SopDefinition definition, CaseState state, Outcome outcome)
    {
        if (outcome.Loop is { } counted)
        {
            var loop = definition.RevisionLoop(counted);
            if (LoopCount(definition, state, loop.Id) >= loop.Max)
                return $"Batas {loop.Max} kali {Lower(loop.Label)} sudah tercapai.";
        }
        if (outcome.AfterLoop is { } after)
        {
            var loop = definition.RevisionLoop(after);
            var count = LoopCount(definition, state, loop.Id);
            if (count < loop.Max)
                return $"{outcome.Label} baru dapat dipilih setelah {loop.Max} kali {Lower(loop.Label)} (sekarang {count} kali).";
        }
        return null;
    }

    /// <summary>Does <paramref name="outcome"/> close the berkas as rejected (ditolak)?</summary>
    private static bool Rejects(SopDefinition definition, Outcome? outcome) =>
        outcome is not null && definition.Ends.Any(e => e.Id == outcome.Next && e.Kind == EndKind.Rejected);

    private static string Lower(string text) => text.ToLower(Indonesian);

    /// <summary>Why each outcome of <paramref name="step"/> not offered now is not: what the page shows beside the buttons.</summary>
    private static IEnumerable<KeyValuePair<string, string>> UnavailableOutcomes(SopDefinition definition, CaseState state, Step step) =>
        step.Outcomes
            .Select(o => (o.Id, Reason: OutcomeNotAvailableReason(definition, state, step, o)))
            .Where(o => o.Reason is not null)
            .Select(o => KeyValuePair.Create(o.Id, o.Reason!));
}
