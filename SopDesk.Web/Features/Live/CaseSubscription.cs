using System.Diagnostics;

namespace SopDesk.Web.Features.Live;

/// <summary>
/// One open page's registration with <see cref="Cases.CaseEvents"/>. Bursts are coalesced: the first change reloads at once
/// (on the thread pool, never on the publisher's thread); changes arriving while that reload runs, or within
/// <see cref="Cases.CaseEvents.Window"/> after it, cause exactly one more reload — which starts after the last of them
/// arrived, so it sees the latest state. A change is never dropped, only merged. Dispose unregisters.
/// </summary>
public sealed class CaseSubscription : IDisposable
{
    private readonly Func<CaseChange, Task> _reload;
    private readonly Action<CaseSubscription> _unregister;
    private readonly Action<Exception, CaseChange> _failed;
    private readonly TimeSpan _window;
    private readonly Lock _gate = new();
    private CaseChange? _latest;
    private bool _running, _pending, _disposed;
    private long _oldestWaitingSince; // timestamp of the oldest change not yet in a started reload (0: none)
    private Task _loop = Task.CompletedTask;

    internal CaseSubscription(CaseInterest interest, Func<CaseChange, Task> reload, TimeSpan window, Action<CaseSubscription> unregister,
        Action<Exception, CaseChange> failed)
    {
        Interest = interest;
        (_reload, _window, _unregister, _failed) = (reload, window, unregister, failed);
    }

    public CaseInterest Interest { get; }

    /// <summary>Completes when no reload is running or due (for tests and the bench).</summary>
    public Task Idle { get { lock (_gate) return _loop; } }

    internal void Notify(CaseChange change)
    {
        lock (_gate)
        {
            if (_disposed) return;
            _latest = change;
            if (_oldestWaitingSince == 0) _oldestWaitingSince = Stopwatch.GetTimestamp();
            if (_running) { _pending = true; return; }
            _running = true;
            _loop = Task.Run(RunAsync);
        }
    }

    private async Task RunAsync()
    {
        while (true)
        {
            CaseChange change;
            long waitingSince;
            lock (_gate) { change = _latest!; _pending = false; waitingSince = _oldestWaitingSince; _oldestWaitingSince = 0; }
            var started = Stopwatch.GetTimestamp();
            try
            {
                await _reload(change);
                LiveMetrics.UpdateLatency.Record(Stopwatch.GetElapsedTime(waitingSince).TotalMilliseconds);
            }
            catch (Exception e) { _failed(e, change); }
            // Changes within the window after a reload started join the next one instead of each causing their own.
            var rest = _window - Stopwatch.GetElapsedTime(started);
            if (rest > TimeSpan.Zero) await Task.Delay(rest);
            lock (_gate)
            {
                if (!_pending || _disposed) { _running = false; return; }
            }
        }
    }

    public void Dispose()
    {
        lock (_gate) _disposed = true;
        _unregister(this);
    }
}
