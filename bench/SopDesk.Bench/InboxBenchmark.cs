using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SopDesk.Data;
using SopDesk.Data.Inbox;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Bench;

/// <summary>
/// One officer's inbox on a 1,000,000-berkas database: the app's query (<see cref="OpenItemsQuery"/> through a
/// pooled EF context, as the inbox page runs it) against the same SQL written by hand in ADO.NET, interleaved,
/// over a few hundred varied filters (view, SOP, step, search).
/// </summary>
public static class InboxBenchmark
{
    private const string OfficerId = "bench-petugas-1";
    private static readonly string[] OfficerRoles = ["petugas-penerima"];

    public static async Task RunAsync(bool quick)
    {
        var definitions = SopDefinitionLoader.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "workflows")).Definitions;
        var data = await BenchDatabase.EnsureAsync(definitions);
        var scope = new InboxScope(OfficerId, OfficerRoles, InboxBenchData.Now);
        var criteria = Variations(definitions, quick ? 100 : 400);
        var contexts = new PooledDbContextFactory<SopDeskDbContext>(SopDeskDatabase.Options(data.ConnectionString));
        using var raw = new RawInboxQuery(data.ConnectionString);
        using var legacy = new RawInboxQuery(data.ConnectionString, legacySearch: true);

        // Warm the page cache and both paths' caches (EF's compiled queries, prepared statements).
        foreach (var c in criteria.Take(20)) { await AppQueryAsync(contexts, scope, c); raw.Run(scope, c); legacy.Run(scope, c); }

        // Wall time, and the query thread's CPU time — the figure that survives a machine shared with other work.
        var (app, reference, before, appCpu) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var perKind = new Dictionary<string, (List<double> App, List<double> Raw, List<double> Before)>();
        var beforeCpu = new List<double>();
        var rows = 0L;
        var watch = new Stopwatch();
        foreach (var c in criteria)
        {
            watch.Restart();
            var cpu = ThreadCpu.Milliseconds();
            var appRows = await AppQueryAsync(contexts, scope, c);
            app.Add(watch.Elapsed.TotalMilliseconds);
            appCpu.Add(ThreadCpu.Milliseconds() - cpu);
            watch.Restart();
            cpu = ThreadCpu.Milliseconds();
            var rawRows = raw.Run(scope, c);
            reference.Add(watch.Elapsed.TotalMilliseconds);
            var kind = perKind.TryGetValue(KindOf(c), out var k) ? k : perKind[KindOf(c)] = ([], [], []);
            kind.App.Add(appCpu[^1]);
            kind.Raw.Add(ThreadCpu.Milliseconds() - cpu);
            watch.Restart();
            cpu = ThreadCpu.Milliseconds();
            var legacyRows = legacy.Run(scope, c);
            before.Add(watch.Elapsed.TotalMilliseconds);
            beforeCpu.Add(ThreadCpu.Milliseconds() - cpu);
            kind.Before.Add(beforeCpu[^1]);
            if (!legacyRows.Select(r => r.WorkItemId).SequenceEqual(rawRows.Select(r => r.WorkItemId)))
                throw new InvalidOperationException($"the search before and after round 3 disagree for {c}");
            if (appRows.Count != rawRows.Count || !appRows.Select(r => r.WorkItemId).SequenceEqual(rawRows.Select(r => r.WorkItemId)))
                throw new InvalidOperationException($"the app and the raw query disagree for {c}: {appRows.Count} vs {rawRows.Count} rows");
            rows += appRows.Count;
        }

        // The nav bar's counts, for officers of each kind of lane (the petugas's is the biggest), interleaved likewise.
        var countScopes = CountScopes();
        foreach (var s in countScopes) { await AppCountAsync(contexts, s); await LegacyCountAsync(contexts, s); }
        var (countTimes, countCpu, countsBefore) = (new List<double>(), new List<double>(), new List<double>());
        var firsts = new Dictionary<string, InboxCounts>();
        for (var i = 0; i < (quick ? 20 : 50); i++)
            foreach (var s in countScopes)
            {
                watch.Restart();
                var cpu = ThreadCpu.Milliseconds();
                var c = await AppCountAsync(contexts, s);
                countTimes.Add(watch.Elapsed.TotalMilliseconds);
                countCpu.Add(ThreadCpu.Milliseconds() - cpu);
                watch.Restart();
                var old = await LegacyCountAsync(contexts, s);
                countsBefore.Add(watch.Elapsed.TotalMilliseconds);
                if (old != c) throw new InvalidOperationException($"the counts before and after InboxSpeed disagree for {s.UserId}: {old} vs {c}");
                firsts.TryAdd(s.UserId, c);
            }
        var counts = firsts[OfficerId];
        Console.WriteLine($"officer {OfficerId} ({string.Join(",", OfficerRoles)}): {counts.Total:N0} open items, {counts.Overdue:N0} overdue, {counts.Mine:N0} held");
        Console.WriteLine($"nav-bar counts, {countTimes.Count} queries over {countScopes.Count} officers: p50 {Percentile(countTimes, 50):F2} ms, p95 {Percentile(countTimes, 95):F2} ms, max {countTimes.Max():F2} ms");
        Console.WriteLine($"  thread CPU p95 {Percentile(countCpu, 95):F2} ms; the counts before InboxSpeed (EF GROUP BY) in the same run: p95 {Percentile(countsBefore, 95):F2} ms");
        Console.WriteLine($"{criteria.Count} queries, {rows / (double)criteria.Count:F0} rows each on average");
        Console.WriteLine($"app (EF Core): p50 {Percentile(app, 50):F2} ms, p95 {Percentile(app, 95):F2} ms, max {app.Max():F2} ms; thread CPU p95 {Percentile(appCpu, 95):F2} ms");
        Console.WriteLine($"raw ADO.NET:   p50 {Percentile(reference, 50):F2} ms, p95 {Percentile(reference, 95):F2} ms, max {reference.Max():F2} ms");
        Console.WriteLine($"raw, round 2's search shape (every search scans the open berkas' text first): p50 {Percentile(before, 50):F2} ms, p95 {Percentile(before, 95):F2} ms");
        Console.WriteLine("per kind of query (thread CPU ms; app / raw / raw in round 2's search shape):");
        foreach (var (name, times) in perKind.OrderByDescending(p => Percentile(p.Value.App, 95)))
            Console.WriteLine($"  {name,-23} n={times.App.Count,3}  p50 {Percentile(times.App, 50),6:F2} / {Percentile(times.Raw, 50),6:F2} / {Percentile(times.Before, 50),6:F2}" +
                $"  p95 {Percentile(times.App, 95),6:F2} / {Percentile(times.Raw, 95),6:F2} / {Percentile(times.Before, 95),6:F2}  max {times.App.Max(),6:F2}");
        var (appP95, rawP95) = (Percentile(app, 95), Percentile(reference, 95));
        Console.WriteLine($"inbox_p95_ms={appP95:F2} raw_p95_ms={rawP95:F2} ratio={appP95 / rawP95:F2} counts_p95_ms={Percentile(countTimes, 95):F2} before_raw_p95_ms={Percentile(before, 95):F2} before_counts_p95_ms={Percentile(countsBefore, 95):F2} cpu_p95_ms={Percentile(appCpu, 95):F2} counts_cpu_p95_ms={Percentile(countCpu, 95):F2} raw_cpu_p95_ms={Percentile(perKind.Values.SelectMany(k => k.Raw).ToList(), 95):F2} before_raw_cpu_p95_ms={Percentile(beforeCpu, 95):F2}");
    }

    /// <summary>
    /// A query's kind for the per-kind figures: a search by what it is (nomor, name with a surname's start, first name,
    /// surname), else the plain list, by view, with an SOP or a step. The mix itself is <see cref="Variations"/>'s.
    /// </summary>
    private static string KindOf(InboxCriteria c)
    {
        if (c.Search is { } search)
            return "search " + (search.Contains('/') ? "nomor" : search.Contains(' ') ? "name+initials"
                : InboxBenchData.FirstNames.Contains(search) ? "first name" : "surname");
        var narrowed = (c.DefinitionId, c.StepId) switch { (null, null) => "", (_, null) => "+sop", (null, _) => "+step", _ => "+sop+step" };
        return $"list {c.View.ToString().ToLowerInvariant()}{narrowed}";
    }

    /// <summary>The petugas (the biggest lane), a Kasi, a Kabid with the sekretaris lane, an administrator: each with their held items.</summary>
    private static List<InboxScope> CountScopes() =>
    [
        new(OfficerId, OfficerRoles, InboxBenchData.Now),
        new("bench-kasi", ["kasi"], InboxBenchData.Now),
        new("bench-kabid", ["kabid", "kasi"], InboxBenchData.Now),
        new("bench-admin-1", ["pengadministrasi", "jfu"], InboxBenchData.Now),
    ];

    private static async Task<InboxCounts> AppCountAsync(PooledDbContextFactory<SopDeskDbContext> contexts, InboxScope scope)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await OpenItemsQuery.CountAsync(db, scope);
    }

    private static async Task<List<InboxItem>> AppQueryAsync(PooledDbContextFactory<SopDeskDbContext> contexts, InboxScope scope, InboxCriteria criteria)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await OpenItemsQuery.ListAsync(db, scope, criteria);
    }

    /// <summary>The counts as they were queried before InboxSpeed (one EF GROUP BY over the same rows), for a same-run comparison.</summary>
    private static async Task<InboxCounts> LegacyCountAsync(PooledDbContextFactory<SopDeskDbContext> contexts, InboxScope scope)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var (now, userId) = (scope.Now, scope.UserId);
        var patterns = scope.Roles.Distinct().Select(r => $"%|{r}|%").ToList();
        var items = db.WorkItems.AsNoTracking().Where(w => w.Status == SopDesk.Data.Entities.WorkItemStatus.Open);
        items = patterns.Count switch
        {
            1 => items.Where(w => w.HolderUserId == userId || EF.Functions.Like(w.Roles, patterns[0])),
            2 => items.Where(w => w.HolderUserId == userId || EF.Functions.Like(w.Roles, patterns[0]) || EF.Functions.Like(w.Roles, patterns[1])),
            _ => throw new NotSupportedException("the bench's officers hold one or two roles"),
        };
        return await items.GroupBy(_ => 1)
            .Select(g => new InboxCounts(g.Count(), g.Count(w => w.DueAt < now), g.Count(w => w.HolderUserId == userId)))
            .FirstOrDefaultAsync() ?? new InboxCounts(0, 0, 0);
    }

    /// <summary>The mix an officer clicks through in a day: mostly the plain list, then views, an SOP, a step, a search.</summary>
    private static List<InboxCriteria> Variations(IReadOnlyList<SopDefinition> definitions, int count)
    {
        var random = new Random(7);
        var officerSteps = definitions.SelectMany(d => d.Steps.Where(s => d.Lane(s.Lane).Roles.Intersect(OfficerRoles).Any()).Select(s => s.Id)).Distinct().ToArray();
        var searches = InboxBenchData.FirstNames.Take(6).Concat(InboxBenchData.LastNames.Take(4)).Append("AK1/2026/0001").Append("Siti Am").ToArray();
        var list = new List<InboxCriteria>();
        for (var i = 0; i < count; i++)
        {
            var view = (InboxView)random.Next(4);
            var definition = random.NextDouble() < 0.4 ? definitions[random.Next(definitions.Count)].Id : null;
            var step = random.NextDouble() < 0.2 ? officerSteps[random.Next(officerSteps.Length)] : null;
            var search = random.NextDouble() < 0.25 ? searches[random.Next(searches.Length)] : null;
            list.Add(new InboxCriteria(view, definition, step, search));
        }
        return list;
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1];
    }
}
