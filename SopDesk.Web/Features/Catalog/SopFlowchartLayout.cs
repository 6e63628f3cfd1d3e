using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Catalog;

/// <summary>The paper's flowchart symbols: rounded box for start/end, rectangle for an activity, diamond for a choice.</summary>
public enum FlowSymbol { Terminator, Activity, Decision }

/// <summary>
/// A line inside one table row, in lane units across (lane i spans i..i+1, its centre is i + 0.5) and
/// pixels down from the row's top; <see cref="FlowLayout.RowBottom"/> stands for the row's bottom edge,
/// whatever height the row's text gives it. <see cref="Arrow"/> puts an arrowhead at the end.
/// </summary>
public sealed record FlowSegment(double X1, double Y1, double X2, double Y2, bool Arrow = false);

/// <summary>A branch label ("lengkap", "tidak lengkap") written in the lane the branch leads to, as the paper does; <see cref="Y"/> is where its text ends, just above the branch line.</summary>
public sealed record FlowLabel(int Lane, string Text, double Y);

/// <summary>One step row of the flowchart: its symbol in its lane's column and the lines drawn through the row.</summary>
public sealed record FlowRow(Step Step, FlowSymbol Symbol, int Lane, IReadOnlyList<FlowSegment> Segments, IReadOnlyList<FlowLabel> Labels)
{
    public double CenterX => Lane + 0.5;
}

/// <summary>
/// Lays the SOP's flowchart out row by row, as the paper draws it: the symbol of each step in its lane's
/// column, consecutive symbols joined by elbow arrows (down, then across to the next lane, then down),
/// and decision branches drawn to the lane they lead to with their label. Coordinates only; the
/// component turns them into SVG. Kept apart from the markup so the layout can be unit-tested.
/// </summary>
public static class FlowLayout
{
    /// <summary>Stands for the bottom edge of a row (rows grow with their text).</summary>
    public const double RowBottom = double.PositiveInfinity;

    public const double SymbolTop = 14, SymbolHeight = 28, SymbolHalfWidth = 0.32, Elbow = 7;
    public static double SymbolMiddle => SymbolTop + SymbolHeight / 2;
    public static double SymbolBottom => SymbolTop + SymbolHeight;

    /// <summary>Back branches (tidak lengkap, koreksi) run just left of the target lane's centre, beside the way in.</summary>
    private const double BackOffset = 0.18;

    public static IReadOnlyList<FlowRow> Rows(SopDefinition definition)
    {
        var lanes = definition.Lanes.Select((l, i) => (l.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var steps = definition.Steps;
        var rows = new List<FlowRow>(steps.Length);
        // Lines coming down into a row: its index → the columns they come down in (a step may skip rows, e.g. 4a → 6).
        var incoming = new Dictionary<int, List<double>>();
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            var lane = lanes[step.Lane];
            var x = lane + 0.5;
            var next = i + 1 < steps.Length ? steps[i + 1] : null;
            var segments = new List<FlowSegment>();
            var labels = new List<FlowLabel>();

            // A line on its way to a later row passes straight through this one.
            foreach (var (target, columns) in incoming)
                if (target > i)
                    segments.AddRange(columns.Select(c => new FlowSegment(c, 0, c, RowBottom)));

            // The way in: down from where a row above left, across to this lane, down into the symbol.
            if (incoming.Remove(i, out var ways))
                foreach (var from in ways.Distinct())
                {
                    if (Math.Abs(from - x) < 1e-9)
                        segments.Add(new FlowSegment(x, 0, x, SymbolTop, Arrow: true));
                    else
                    {
                        segments.Add(new FlowSegment(from, 0, from, Elbow));
                        segments.Add(new FlowSegment(from, Elbow, x, Elbow));
                        segments.Add(new FlowSegment(x, Elbow, x, SymbolTop, Arrow: true));
                    }
                }

            var symbol = SymbolOf(step, i, steps.Length);
            var wayOn = WayOn(definition, step) is { } onId ? steps.IndexOf(definition.Step(onId)) : -1;
            if (wayOn == i + 1)
            {
                var nextX = lanes[next!.Lane] + 0.5;
                var toNext = step.Outcomes.FirstOrDefault(o => o.Next == next.Id);
                if (symbol == FlowSymbol.Decision && toNext is not null && Math.Abs(nextX - x) > 1e-9)
                {
                    // A decision leaves from the diamond's side towards the next step's lane.
                    var side = nextX > x ? x + SymbolHalfWidth : x - SymbolHalfWidth;
                    segments.Add(new FlowSegment(side, SymbolMiddle, nextX, SymbolMiddle));
                    segments.Add(new FlowSegment(nextX, SymbolMiddle, nextX, RowBottom));
                    Add(incoming, wayOn, nextX);
                }
                else
                {
                    segments.Add(new FlowSegment(x, SymbolBottom, x, RowBottom));
                    Add(incoming, wayOn, x);
                }
            }
            else if (wayOn > i + 1)
            {
                // The way on skips rows (a step reached only by a branch sits between): straight down past them.
                segments.Add(new FlowSegment(x, SymbolBottom, x, RowBottom));
                Add(incoming, wayOn, x);
            }

            foreach (var outcome in DrawnBranches(definition, step))
            {
                var target = definition.Step(outcome.Next);
                var targetLane = lanes[target.Lane];
                var label = Label(outcome);
                if (target.Id == next?.Id)
                {
                    labels.Add(new FlowLabel(targetLane, label, SymbolMiddle - 4));
                    continue;
                }
                var targetX = targetLane + 0.5 - BackOffset;
                var side = targetX > x ? x + SymbolHalfWidth : x - SymbolHalfWidth;
                var earlier = definition.Steps.IndexOf(target) < i;
                segments.Add(new FlowSegment(side, SymbolMiddle, targetX, SymbolMiddle));
                segments.Add(earlier
                    ? new FlowSegment(targetX, SymbolMiddle, targetX, 0, Arrow: true)
                    : new FlowSegment(targetX, SymbolMiddle, targetX, RowBottom, Arrow: true));
                labels.Add(new FlowLabel(targetLane, label, SymbolMiddle - 4));
            }
            rows.Add(new FlowRow(step, symbol, lane, segments, labels));
        }
        return rows;
    }

    /// <summary>Where the berkas normally goes on from a step: its single next, else its first forward outcome to a step.</summary>
    private static string? WayOn(SopDefinition definition, Step step) =>
        step.Next is { } next ? (definition.IsEnd(next) ? null : next)
        : step.Outcomes.FirstOrDefault(o => o.Kind == OutcomeKind.Forward && !definition.IsEnd(o.Next))?.Next;

    private static void Add(Dictionary<int, List<double>> incoming, int row, double column)
    {
        if (!incoming.TryGetValue(row, out var columns)) incoming[row] = columns = [];
        columns.Add(column);
    }

    /// <summary>The first and last rows are the paper's start and end; a step with named outcomes is a diamond.</summary>
    public static FlowSymbol SymbolOf(Step step, int index, int count) =>
        index == 0 || index == count - 1 ? FlowSymbol.Terminator
        : step.HasOutcomes ? FlowSymbol.Decision
        : FlowSymbol.Activity;

    // The paper labels a check's branches (lengkap / tidak lengkap) and a return to the applicant; a paraf's
    // or signature's way on and its koreksi are not drawn as branches. Ends and repeats have no row to go to.
    private static IEnumerable<Outcome> DrawnBranches(SopDefinition definition, Step step) =>
        step.Outcomes.Where(o => !definition.IsEnd(o.Next) && o.Next != step.Id
            && definition.Step(o.Next).Lane != step.Lane
            && (o.Kind == OutcomeKind.Return || step.Kind is StepKind.Decision or StepKind.Disposisi or StepKind.Meeting));

    public static string Label(Outcome outcome) => outcome.Label.Split('—')[0].Trim().ToLowerInvariant();
}
