using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Tests.Web.Documents;
using SopDesk.Web.Features.Sla;
using SopDesk.Web.Operations;

namespace SopDesk.Tests.Web.Operations;

/// <summary>The "SopDesk" meter counts step transitions and SLA sweeps (other tests may add to the same meter, so counts are lower bounds).</summary>
public sealed class TelemetryTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>, IDisposable
{
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measured = new();
    private MeterListener? _listener;

    private void Listen()
    {
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == SopDeskTelemetry.Name) listener.EnableMeasurementEvents(instrument);
            },
        };
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _measured.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));

    private double Sum(string instrument, string? sop = null) =>
        _measured.Where(m => m.Instrument == instrument && (sop is null || Equals(m.Tags.GetValueOrDefault("sopdesk.sop"), sop))).Sum(m => m.Value);

    [Fact]
    public async Task A_berkas_start_and_a_step_each_count_one_applied_transition_with_its_duration()
    {
        await DocumentTestBed.Ak1Async(app, "ajukan"); // the app's first writes happen before the listener, as in a running office
        Listen();
        await DocumentTestBed.Ak1Async(app, "periksa"); // start + the first step
        Sum("sopdesk.transitions", "ak1").ShouldBeGreaterThanOrEqualTo(2);
        _measured.Where(m => m.Instrument == "sopdesk.transition.duration" && Equals(m.Tags["sopdesk.sop"], "ak1"))
            .ShouldAllBe(m => m.Value > 0 && Equals(m.Tags["sopdesk.result"], "applied"));
        _measured.Count(m => m.Instrument == "sopdesk.transition.duration").ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task An_SLA_sweep_records_its_count_and_duration()
    {
        Listen();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SlaSweep>().RunAsync();
        Sum("sopdesk.sla.sweeps").ShouldBeGreaterThanOrEqualTo(1);
        _measured.ShouldContain(m => m.Instrument == "sopdesk.sla.sweep.duration" && m.Value > 0);
    }

    public void Dispose() => _listener?.Dispose();
}
