using System.Diagnostics;

namespace SopDesk.Web;

/// <summary>Logs how long each step before "listening" took, so a slow start names its cause.</summary>
internal sealed class StartupPhases(ILogger log)
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _last;

    public void Done(string phase)
    {
        var now = _watch.Elapsed;
        log.LogInformation("Startup: {Phase} took {Ms:0} ms", phase, (now - _last).TotalMilliseconds);
        _last = now;
    }

    /// <summary>Logs the time since the process started (runtime start, host building, and after the preparation, the server's start).</summary>
    public void SinceProcessStart(string moment)
    {
        using var process = Process.GetCurrentProcess();
        log.LogInformation("Startup: {Moment} {Ms:0} ms after the process started", moment, (DateTime.Now - process.StartTime).TotalMilliseconds);
    }

    /// <summary>Logs how long one of several steps running side by side took (its own time, not the phase's).</summary>
    public async Task TimeAsync(string step, Func<Task> run)
    {
        var watch = Stopwatch.StartNew();
        await run();
        log.LogInformation("Startup: {Phase} took {Ms:0} ms (side by side)", step, watch.Elapsed.TotalMilliseconds);
    }
}
