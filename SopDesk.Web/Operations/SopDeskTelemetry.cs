using System.Diagnostics;
using System.Diagnostics.Metrics;
using SopDesk.Data;

namespace SopDesk.Web.Operations;

/// <summary>
/// SopDesk's own traces and metrics (decision 048): one ActivitySource and one Meter named "SopDesk". A step transition
/// (the write of an engine result) and an SLA sweep each get a span, a counter and a duration histogram; breaches found by
/// sweeps are counted too. Nothing is exported unless the office configures an exporter (<see cref="TelemetrySetup"/>).
/// </summary>
public static class SopDeskTelemetry
{
    public const string Name = "SopDesk";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Transitions = Meter.CreateCounter<long>("sopdesk.transitions", "{transition}",
        "Engine results written (start, step, return, close), by SOP and result (applied, conflict, invalid).");
    public static readonly Histogram<double> TransitionDuration = Meter.CreateHistogram<double>("sopdesk.transition.duration", "s",
        "Time to write one engine result (the step's transaction).");
    public static readonly Counter<long> Sweeps = Meter.CreateCounter<long>("sopdesk.sla.sweeps", "{sweep}", "SLA sweeps run on this node.");
    public static readonly Histogram<double> SweepDuration = Meter.CreateHistogram<double>("sopdesk.sla.sweep.duration", "s", "Time of one SLA sweep.");
    public static readonly Counter<long> Breaches = Meter.CreateCounter<long>("sopdesk.sla.breaches", "{breach}",
        "SLA breaches recorded by sweeps (steps and whole-case deadlines).");

    /// <summary>Records one finished SLA sweep: the count, its duration and the breaches it recorded.</summary>
    public static void Swept(int breaches, TimeSpan took, Activity? activity)
    {
        activity?.SetTag("sopdesk.breaches", breaches);
        Sweeps.Add(1);
        SweepDuration.Record(took.TotalSeconds);
        if (breaches > 0) Breaches.Add(breaches);
    }

    /// <summary>Times one write of an engine result: a "sopdesk.transition" span, the counter and the histogram, tagged by SOP and result.</summary>
    public static async Task<ApplyResult> TransitionAsync(string definitionId, Func<Task<ApplyResult>> write)
    {
        using var activity = Source.StartActivity("sopdesk.transition");
        activity?.SetTag("sopdesk.sop", definitionId);
        var started = Stopwatch.GetTimestamp();
        var result = await write();
        var outcome = result switch { Applied => "applied", Conflict => "conflict", Invalid => "invalid", _ => "other" };
        activity?.SetTag("sopdesk.result", outcome);
        var tags = new TagList { { "sopdesk.sop", definitionId }, { "sopdesk.result", outcome } };
        Transitions.Add(1, tags);
        TransitionDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        return result;
    }
}
