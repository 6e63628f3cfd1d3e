using System.Diagnostics.Metrics;

namespace SopDesk.Web.Features.Live;

/// <summary>Live-update figures for the circuits bench and any metrics exporter (meter "SopDesk.Live").</summary>
public static class LiveMetrics
{
    public const string MeterName = "SopDesk.Live";
    public const string UpdateLatencyName = "sopdesk.live.update_latency";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>
    /// A change's delivery (= its publish: delivery is synchronous) → the page's reload done; for a Blazor page that
    /// reload is <c>InvokeAsync(load + StateHasChanged)</c>, so the render batch is built. When changes are merged, the
    /// oldest of them counts.
    /// </summary>
    internal static readonly Histogram<double> UpdateLatency =
        Meter.CreateHistogram<double>(UpdateLatencyName, "ms", "Publish of a change to the concerned page's reload and re-render done");
}
