using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.Inbox;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Inbox;
using SopDesk.Web.Features.Live;
using SopDesk.Web.Features.Notifications;
using SopDesk.Workflows.Engine;

namespace SopDesk.Bench;

/// <summary>
/// Live updates at office scale, <c>--mode listeners</c> (the default mode opens real circuits: <see cref="CircuitsBrowserBenchmark"/>).
/// The real app runs in this process on the demo data; N officers, spread over the SOPs'
/// lane roles, each have what an open inbox circuit subscribes — the inbox list, the nav bar's counts and the bell, with
/// the pages' own queries (InboxQuery.ForAsync / CountAsync, NotificationInbox.UnreadCountAsync) — as
/// <b>in-process listeners on the app's CaseEvents, not Blazor circuits</b> (no SignalR, no render batch, no diff): see
/// decision 030 for what is missing. Changes are published at a steady rate for real open items (their lane's roles and
/// holder plus a next lane), first targeted (this issue), then the same count as "everyone" (the old behaviour) as the
/// same-run baseline. Latency: publish → the listener's reload done (the data a render batch would carry is ready).
/// </summary>
public static class CircuitsBenchmark
{
    /// <summary>--rate R: changes per second (default 5).</summary>
    public static double? RateArgument { get; set; }

    public static async Task RunAsync(int officers, bool quick)
    {
        var database = Path.Combine(Path.GetTempPath(), $"sopdesk-circuits-{Guid.NewGuid():N}.db");
        await using var app = new CircuitsApp(database);
        var services = app.Services; // starts the host: migrations and demo data
        var events = services.GetRequiredService<CaseEvents>();
        var catalog = services.GetRequiredService<DefinitionCatalog>();
        var items = await OpenItemsAsync(services);
        var roles = catalog.Current.SelectMany(d => d.Lanes).SelectMany(l => l.Roles).Distinct().Order().ToArray();
        Console.WriteLine($"{items.Count} open items, {roles.Length} lane roles ({string.Join(", ", roles)}), {officers} officers");

        var memoryBefore = SettledMemory();
        var pages = new List<OfficerPages>();
        for (var i = 0; i < officers; i++)
            pages.Add(OfficerPages.Open(services, events, catalog, new Actor($"bench-officer-{i}", $"Petugas {i}", [roles[i % roles.Length]])));
        await Task.WhenAll(pages.Select(p => p.FirstLoadAsync()));
        var bytesPerOfficer = (SettledMemory() - memoryBefore) / (double)officers;

        var changes = quick ? 30 : 100;
        var rate = RateArgument ?? 5.0; // changes per second, office-wide
        await DriveAsync(app, pages, items, roles, 5, rate, everyone: false); // warm-up, not counted
        var targeted = await DriveAsync(app, pages, items, roles, changes, rate, everyone: false);
        var broadcast = await DriveAsync(app, pages, items, roles, changes, rate, everyone: true);

        Console.WriteLine($"targeted: {targeted}");
        Console.WriteLine($"everyone (old behaviour): {broadcast}");
        foreach (var page in pages) page.Dispose();
        Console.WriteLine($"circuits={officers} mode=in-process-listeners kb_per_circuit=na kb_per_listener_set={bytesPerOfficer / 1024:0.0} "
            + $"update_p95_ms={targeted.P95:0.0} db_queries_per_change={targeted.QueriesPerChange:0.0} officers_concerned_per_change={targeted.ConcernedPerChange:0.0} "
            + $"everyone_update_p95_ms={broadcast.P95:0.0} everyone_db_queries_per_change={broadcast.QueriesPerChange:0.0} "
            + $"ratio_queries={targeted.QueriesPerChange / broadcast.QueriesPerChange:0.00}");
    }

    private static long SettledMemory()
    {
        GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    internal sealed record OpenItem(Guid CaseId, string Roles, string? HolderUserId);

    internal static async Task<List<OpenItem>> OpenItemsAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();
        return await db.WorkItems.AsNoTracking().Where(w => w.Status == WorkItemStatus.Open)
            .Select(w => new OpenItem(w.CaseId, w.Roles, w.HolderUserId)).ToListAsync();
    }

    /// <param name="ConcernedPerChange">Officers whose interest the change concerns (by <see cref="CaseInterest.IsConcernedBy"/>).</param>
    private sealed record Phase(int Changes, double P95, double QueriesPerChange, double ConcernedPerChange, int Reloads)
    {
        public override string ToString() =>
            $"{Changes} changes, {Reloads} page reloads (after coalescing), p95 {P95:0.0} ms, {QueriesPerChange:0.0} queries per change, {ConcernedPerChange:0.0} officers concerned per change";
    }

    private static async Task<Phase> DriveAsync(CircuitsApp app, List<OfficerPages> pages, List<OpenItem> items, string[] roles, int changes,
        double perSecond, bool everyone)
    {
        var random = new Random(16);
        foreach (var page in pages) page.Latencies.Clear();
        var reloadsBefore = pages.Sum(p => p.Reloads);
        var concerned = 0;
        var commandsBefore = app.Commands.Count;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < changes; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond) - clock.Elapsed;
            if (due > TimeSpan.Zero) await Task.Delay(due);
            var item = items[random.Next(items.Count)];
            // A step completion: the lane the item leaves and the lane it reaches.
            var change = CaseChange.OfStoredItem(item.CaseId, $"{item.Roles}{roles[random.Next(roles.Length)]}|", item.HolderUserId);
            var published = everyone ? change with { Everyone = true } : change;
            concerned += pages.Count(p => p.Subscriptions[0].Interest.IsConcernedBy(published));
            PublishTimes.Stamp(published);
            app.Services.GetRequiredService<CaseEvents>().Publish(published);
        }
        await Task.WhenAll(pages.SelectMany(p => p.Subscriptions).Select(s => s.Idle));
        var latencies = pages.SelectMany(p => p.Latencies).Order().ToList();
        var reloads = pages.Sum(p => p.Reloads) - reloadsBefore;
        var queries = app.Commands.Count - commandsBefore;
        return new Phase(changes, latencies.Count == 0 ? 0 : latencies[(int)Math.Ceiling(latencies.Count * 0.95) - 1], queries / (double)changes,
            concerned / (double)changes, reloads);
    }

    /// <summary>When each change was published (by reference: equal changes are still different events).</summary>
    private static class PublishTimes
    {
        private static readonly ConditionalWeakTable<CaseChange, StrongBox<long>> Times = new();
        public static void Stamp(CaseChange change) => Times.AddOrUpdate(change, new StrongBox<long>(Stopwatch.GetTimestamp()));
        public static double? MsSince(CaseChange change) =>
            Times.TryGetValue(change, out var at) ? Stopwatch.GetElapsedTime(at.Value).TotalMilliseconds : null;
    }

    /// <summary>What one officer's open inbox circuit listens with: the list, the nav counts and the bell, each its own subscription.</summary>
    private sealed class OfficerPages : IDisposable
    {
        private readonly IServiceScope _scope;
        private readonly Actor _actor;
        private int _reloads;
        public ConcurrentBag<double> Latencies { get; } = [];
        public List<CaseSubscription> Subscriptions { get; } = [];
        public int Reloads => Volatile.Read(ref _reloads);
        private IReadOnlyList<InboxItem> _list = [];
        private InboxCounts _counts = new(0, 0, 0);
        private int _unread;

        private OfficerPages(IServiceScope scope, Actor actor) => (_scope, _actor) = (scope, actor);

        public static OfficerPages Open(IServiceProvider services, CaseEvents events, DefinitionCatalog catalog, Actor actor)
        {
            var pages = new OfficerPages(services.CreateScope(), actor);
            var interest = CaseInterest.ForOfficer(actor, catalog.Displayable);
            pages.Subscriptions.Add(events.Subscribe(interest, c => pages.Reload(c, async () => pages._list = await pages.Inbox.ForAsync(actor))));
            pages.Subscriptions.Add(events.Subscribe(interest, c => pages.Reload(c, async () => pages._counts = await pages.Inbox.CountAsync(actor))));
            pages.Subscriptions.Add(events.Subscribe(interest, c => pages.Reload(c, async () => pages._unread = await pages.Bell.UnreadCountAsync(actor.UserId))));
            return pages;
        }

        private InboxQuery Inbox => _scope.ServiceProvider.GetRequiredService<InboxQuery>();
        private NotificationInbox Bell => _scope.ServiceProvider.GetRequiredService<NotificationInbox>();

        public async Task FirstLoadAsync()
        {
            _list = await Inbox.ForAsync(_actor);
            _counts = await Inbox.CountAsync(_actor);
            _unread = await Bell.UnreadCountAsync(_actor.UserId);
        }

        private async Task Reload(CaseChange change, Func<Task> load)
        {
            await load();
            Interlocked.Increment(ref _reloads);
            if (PublishTimes.MsSince(change) is { } ms) Latencies.Add(ms);
        }

        public void Dispose()
        {
            foreach (var s in Subscriptions) s.Dispose();
            _scope.Dispose();
        }
    }
}
