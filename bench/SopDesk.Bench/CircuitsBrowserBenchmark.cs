using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Features.Live;

namespace SopDesk.Bench;

/// <summary>
/// Live updates with <b>real Blazor Server circuits</b>: the app listens on a loopback port in this process and one
/// headless chromium (Debian's /usr/bin/chromium, never downloaded) opens N pages spread over six demo officers: one
/// signed-in browser context per officer, its pages as tabs.
/// <list type="bullet">
/// <item>kb_per_circuit: managed heap (GC.GetTotalMemory after forced full GCs) with the N pages on the inbox, minus
/// the same N pages on the static public page <c>/layanan</c> (no circuit), over N. The subtraction takes out the
/// Playwright client's own objects, which live in this process too. kb_per_circuit_marginal: the growth from N/2 to N
/// circuits over N/2 — the cost of one more circuit once the process-wide pools are warm.</item>
/// <item>update_p95_ms: targeted changes (real open items, a lane of the demo officers) are published on the app's
/// CaseEvents at a steady rate; <see cref="LiveMetrics"/> records publish → the page's reload and StateHasChanged done
/// on the circuit's dispatcher (render batch built). db_queries_per_change: EF commands during that phase / changes.</item>
/// <item>browser_batch_p95_ms: a few "everyone" changes, 1.5 s apart; a few pages timestamp each incoming WebSocket
/// message (Date.now(), same machine clock) — publish → first render batch received in the browser.</item>
/// </list>
/// </summary>
public static class CircuitsBrowserBenchmark
{
    private static readonly string[] Officers = ["petugas-penerima", "kasi", "kabid", "kepala-dinas", "pengadministrasi", "pengantar-kerja"];
    private const string StaticPage = "/layanan";

    // Timestamps of incoming WebSocket messages larger than a ping: render batches (and other server→client calls).
    private const string SocketSpy = """
        (() => {
          const Base = window.WebSocket;
          window.__messages = [];
          window.WebSocket = class extends Base {
            constructor(...args) {
              super(...args);
              this.addEventListener('message', e => {
                const size = e.data.byteLength ?? e.data.size ?? e.data.length ?? 0;
                if (size > 40) window.__messages.push(Date.now());
              });
            }
          };
        })();
        """;

    public static async Task RunAsync(int circuits, bool quick, double rate, string pagePath)
    {
        await using var app = new CircuitsBrowserApp();
        app.Start();
        var events = app.Services.GetRequiredService<CaseEvents>();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--blink-settings=imagesEnabled=false", "--disable-background-timer-throttling",
                "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows", "--renderer-process-limit=8"],
        });

        // One browser context per officer, its tabs side by side (decision 040): an officer's tabs share the sign-in
        // cookie, as in a real browser. Measured: chromium still gives each Playwright tab its own renderer process
        // (--renderer-process-limit is not honoured), ~20-40 MB each; 500 tabs fit this machine's memory.
        var contexts = new Dictionary<string, IBrowserContext>();
        foreach (var officer in Officers)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                StorageState = await SignInAsync(browser, app.BaseUrl, officer),
                ViewportSize = new() { Width = 800, Height = 600 },
            });
            context.SetDefaultTimeout(300_000);
            await context.AddInitScriptAsync(SocketSpy);
            contexts[officer] = context;
        }

        var memoryStart = SettledMemory();
        var available = AvailableMemoryMb();
        var pages = new IPage[circuits];
        await ForEachAsync(circuits, async i =>
        {
            pages[i] = await contexts[Officers[i % Officers.Length]].NewPageAsync();
            await pages[i].GotoAsync(app.BaseUrl + StaticPage);
        });
        var memoryStatic = SettledMemory();
        await HoldForSnapshotAsync("static");
        var clock = Stopwatch.StartNew();
        // Two halves: the second half's growth is the marginal cost of a circuit, without the process-wide pools (ArrayPool,
        // Kestrel's blocks, thread-pool threads) the first circuits warm up (decision 036).
        var half = circuits / 2;
        async Task OpenAsync(int from, int count)
        {
            await ForEachAsync(count, async j =>
            {
                var i = from + j;
                await pages[i].GotoAsync(app.BaseUrl + pagePath);
                await pages[i].Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            });
            await Task.Delay(TimeSpan.FromSeconds(3)); // first loads and render acks settle
        }
        await OpenAsync(0, half);
        var memoryHalf = SettledMemory();
        await OpenAsync(half, circuits - half);
        var opened = clock.Elapsed;
        var memoryCircuits = SettledMemory();
        // The machine's memory the browser took for N pages on the inbox (other work on the machine moves it too).
        var browserMbPerPage = circuits == 0 ? 0 : (available - AvailableMemoryMb()) / (double)circuits;
        var kbMarginal = circuits - half == 0 ? 0 : (memoryCircuits - memoryHalf) / 1024.0 / (circuits - half);
        await HoldForSnapshotAsync("circuits");
        var kbPerCircuit = circuits == 0 ? 0 : (memoryCircuits - memoryStatic) / 1024.0 / circuits;
        var kbPerStaticPage = circuits == 0 ? 0 : (memoryStatic - memoryStart) / 1024.0 / circuits;
        Console.WriteLine($"{circuits} circuits on {pagePath} connected in {opened.TotalSeconds:0.0} s; {events.Count} live subscriptions; "
            + $"heap {memoryStart / 1048576.0:0.0} MB → {memoryStatic / 1048576.0:0.0} MB (pages on {StaticPage}) → {memoryCircuits / 1048576.0:0.0} MB (circuits)");

        using var latencies = new LatencyRecorder();
        var items = (await CircuitsBenchmark.OpenItemsAsync(app.Services))
            .Where(item => Officers.Any(o => item.Roles.Contains($"|{o}|", StringComparison.Ordinal))).ToList();
        if (items.Count == 0) throw new InvalidOperationException("No open demo item in a lane of the demo officers.");
        var random = new Random(16);
        CaseChange NextChange()
        {
            var item = items[random.Next(items.Count)];
            return CaseChange.OfStoredItem(item.CaseId, $"{item.Roles}{Officers[random.Next(Officers.Length)]}|", item.HolderUserId);
        }

        await PublishAsync(events, 5, rate, _ => NextChange()); // warm-up, not counted
        await latencies.SettleAsync();
        var changes = quick ? 30 : 100;
        latencies.Clear();
        var commandsBefore = app.Commands.Count;
        await PublishAsync(events, changes, rate, _ => NextChange());
        await latencies.SettleAsync();
        var queriesPerChange = (app.Commands.Count - commandsBefore) / (double)changes;
        var targeted = latencies.Take();
        Console.WriteLine($"targeted: {changes} changes at {rate}/s, {targeted.Count} page reloads, p50 {Percentile(targeted, 0.5):0.0} ms, "
            + $"p95 {Percentile(targeted, 0.95):0.0} ms, max {Percentile(targeted, 1):0.0} ms, {queriesPerChange:0.0} queries per change");

        // Browser check: everyone changes, 1.5 s apart, so each page's first batch after a publish is that change's.
        var samplePages = pages.Take(Math.Min(8, circuits)).ToArray();
        foreach (var page in samplePages) await page.EvaluateAsync("() => window.__messages.length = 0");
        var published = new List<long>();
        var everyoneChanges = quick ? 5 : 10;
        await PublishAsync(events, everyoneChanges, 1 / 1.5, _ =>
        {
            published.Add(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            return CaseChange.ForEveryone();
        });
        await latencies.SettleAsync();
        var everyone = latencies.Take();
        var inBrowser = new List<double>();
        foreach (var page in samplePages)
        {
            var received = await page.EvaluateAsync<long[]>("() => window.__messages");
            foreach (var at in published)
                if (received.Where(r => r >= at).Cast<long?>().FirstOrDefault() is { } first) inBrowser.Add(first - at);
        }
        inBrowser.Sort();
        Console.WriteLine($"everyone: {everyoneChanges} changes, {everyone.Count} page reloads, in-process p95 {Percentile(everyone, 0.95):0.0} ms; "
            + $"browser (first batch received, {samplePages.Length} pages, {inBrowser.Count} samples) p50 {Percentile(inBrowser, 0.5):0} ms p95 {Percentile(inBrowser, 0.95):0} ms");

        Console.WriteLine($"circuits={circuits} mode=blazor-circuits page={pagePath} kb_per_circuit={kbPerCircuit:0.0} update_p95_ms={Percentile(targeted, 0.95):0.0} "
            + $"db_queries_per_change={queriesPerChange:0.0} reloads_per_change={targeted.Count / (double)changes:0.0} "
            + $"everyone_update_p95_ms={Percentile(everyone, 0.95):0.0} browser_batch_p95_ms={Percentile(inBrowser, 0.95):0} kb_per_static_page={kbPerStaticPage:0.0} kb_per_circuit_marginal={kbMarginal:0.0} "
            + $"browser_contexts={contexts.Count} browser_mb_per_page={browserMbPerPage:0.0} open_s={opened.TotalSeconds:0}");
    }

    private static async Task<string> SignInAsync(IBrowser browser, string baseUrl, string userName)
    {
        await using var context = await browser.NewContextAsync();
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{baseUrl}/masuk");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", DemoStaff.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{baseUrl}/");
        return await context.StorageStateAsync();
    }

    private static async Task ForEachAsync(int count, Func<int, Task> action)
    {
        using var gate = new SemaphoreSlim(6);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try { await action(i); }
            finally { gate.Release(); }
        }));
    }

    private static async Task PublishAsync(CaseEvents events, int changes, double perSecond, Func<int, CaseChange> change)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < changes; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond) - clock.Elapsed;
            if (due > TimeSpan.Zero) await Task.Delay(due);
            events.Publish(change(i));
        }
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(sorted.Count * p) - 1)];

    /// <summary>
    /// SOPDESK_BENCH_HOLD=S pauses S seconds at each memory point, so a heap snapshot can be taken from outside
    /// (<c>dotnet-gcdump collect -p PID</c>); the pause is announced on stdout with the process id.
    /// </summary>
    private static async Task HoldForSnapshotAsync(string point)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("SOPDESK_BENCH_HOLD"), out var seconds) || seconds <= 0) return;
        Console.WriteLine($"hold {point} pid={Environment.ProcessId} for {seconds} s");
        await Task.Delay(TimeSpan.FromSeconds(seconds));
    }

    /// <summary>MemAvailable of /proc/meminfo in MB (0 where there is none).</summary>
    private static long AvailableMemoryMb()
    {
        if (!File.Exists("/proc/meminfo")) return 0;
        var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemAvailable:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
    }

    private static long SettledMemory()
    {
        GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>Collects the app's <see cref="LiveMetrics"/> update latencies.</summary>
    private sealed class LatencyRecorder : IDisposable
    {
        private readonly MeterListener _listener = new();
        private ConcurrentQueue<double> _values = new();
        private long _lastAt = Stopwatch.GetTimestamp();

        public LatencyRecorder()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == LiveMetrics.MeterName && instrument.Name == LiveMetrics.UpdateLatencyName)
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
            {
                _values.Enqueue(value);
                Interlocked.Exchange(ref _lastAt, Stopwatch.GetTimestamp());
            });
            _listener.Start();
        }

        /// <summary>Waits until no reload has finished for a second (at least 1.5 s after the call).</summary>
        public async Task SettleAsync()
        {
            await Task.Delay(1500);
            while (Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastAt)) < TimeSpan.FromSeconds(1)) await Task.Delay(200);
        }

        public void Clear() => _values = new();

        public List<double> Take()
        {
            var taken = Interlocked.Exchange(ref _values, new()).ToList();
            taken.Sort();
            return taken;
        }

        public void Dispose() => _listener.Dispose();
    }
}
