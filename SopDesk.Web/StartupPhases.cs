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
}
