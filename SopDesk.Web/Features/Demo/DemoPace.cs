using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Demo;

/// <summary>
/// How long the demo office takes over each step, like a real office: most steps well within their target (20–90% of
/// it, whatever its unit), and about one berkas in eight late at one step (1.3–3× the target), so the monthly report shows
/// roughly 80–95% on time. One known bottleneck gives the supervisors' dashboards something to find: the Kabid's signature
/// on the AK1 card is late for two berkas in five (the Kabid is often out of the office), so the AK1 shows about 55% on time.
/// Its own seeded Random, so the demo's names and values do not move when the pace changes.
/// </summary>
public sealed class DemoPace(WorkingCalendar calendar, Random random)
{
    /// <summary>The share of berkas with one late step (per mille).</summary>
    public const int LatePerMille = 125;

    /// <summary>The step that is often late: the AK1 card's signature.</summary>
    public static readonly (string Sop, string Step) Bottleneck = ("ak1", "tandatangan");

    /// <summary>How often the bottleneck step is late (per mille).</summary>
    public const int BottleneckLatePerMille = 400;

    /// <summary>The index (in the order the berkas takes its steps) of the one late step, or -1 for a berkas on time throughout.</summary>
    public int LateStep(SopDefinition definition) =>
        random.Next(1000) < LatePerMille ? random.Next(definition.Steps.Length) : -1;

    /// <summary>When the step arrived at <paramref name="at"/> is done.</summary>
    public DateTimeOffset Next(DateTimeOffset at, SopDefinition definition, Step step, bool late)
    {
        if ((definition.Id, step.Id) == Bottleneck) late |= random.Next(1000) < BottleneckLatePerMille;
        var target = calendar.WorkingTimeBetween(at, calendar.DueAt(at, step.Waktu));
        var share = late ? 1.3 + random.NextDouble() * 1.7 : 0.2 + random.NextDouble() * 0.7;
        return calendar.AddOfficeTime(at, TimeSpan.FromMinutes(Math.Max(1, Math.Round(target.TotalMinutes * share))));
    }
}
