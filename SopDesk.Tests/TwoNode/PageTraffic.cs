using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;

namespace SopDesk.Tests.TwoNode;

/// <summary>
/// What a page did from a moment on, for a journey that waits in vain: its main-frame navigations and the requests
/// still unanswered (a page whose "load" never fires is waiting for one of them).
/// </summary>
public sealed class PageTraffic
{
    private readonly Stopwatch _since = Stopwatch.StartNew();
    private readonly ConcurrentQueue<string> _navigations = new();
    private readonly ConcurrentDictionary<IRequest, double> _pending = new();

    public static PageTraffic Watch(IPage page)
    {
        var traffic = new PageTraffic();
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame) traffic._navigations.Enqueue($"{traffic._since.Elapsed.TotalSeconds:F1}s {frame.Url}");
        };
        page.Request += (_, request) => traffic._pending[request] = traffic._since.Elapsed.TotalSeconds;
        page.RequestFinished += (_, request) => traffic._pending.TryRemove(request, out double _);
        page.RequestFailed += (_, request) => traffic._pending.TryRemove(request, out double _);
        return traffic;
    }

    public override string ToString() =>
        $"navigations [{string.Join("; ", _navigations)}], unanswered requests [" +
        string.Join("; ", _pending.Select(p => $"{p.Key.Method} {p.Key.Url} (from {p.Value:F1}s, {p.Key.ResourceType})")) + "]";
}
