using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace SopDesk.Bench;

/// <summary>
/// What an officer feels at the desk: the built app (Release, <c>dotnet SopDesk.Web.dll</c>) on a fresh SQLite database with
/// the demo data, driven by Debian's headless chromium at 1366×768. Each interaction is timed from the click to the DOM
/// settled: the expected element is there and the page has not changed for a quiet window (the time of the last change
/// counts, not the wait). Then the cold start: the same built app launched again on the now EXISTING database, timed
/// to the first 200 of /masuk.
/// Options: <c>--quick</c> (fewer repeats), <c>--runs N</c>, <c>--seeded PATH</c> (start on a copy of an already seeded
/// database instead of seeding one), <c>--url URL --db PATH</c> (use a running app and its
/// database file instead of starting one; no cold start then), <c>--app PATH</c> (another build's SopDesk.Web.dll, e.g. a
/// copy of the output before a change, to compare in the same conditions).
/// </summary>
public static class DeskBenchmark
{
    private const int QuietMs = 200;
    private const string Password = "SopDesk-Demo-2026";
    private const string Officer = "petugas-penerima";
    private const string Supervisor = "kasi";

    // Records the time of the last DOM change outside MudBlazor's popover layer (tooltips, open menus).
    private const string MutationClock = """
        window.__lastMutation = Date.now();
        new MutationObserver(list => {
            for (const m of list) {
                const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
                if (el && el.closest && el.closest('.mud-popover-provider, .mud-tooltip-root')) continue;
                window.__lastMutation = Date.now();
                return;
            }
        }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        """;

    // Waits until the page has been quiet for the window; answers how long ago the last change was.
    private const string QuietScript = """
        async quiet => {
            const end = Date.now() + 5000;
            while (Date.now() < end) {
                const ago = Date.now() - window.__lastMutation;
                if (ago >= quiet) return ago;
                await new Promise(r => setTimeout(r, 10));
            }
            return Date.now() - window.__lastMutation;
        }
        """;

    public static async Task RunAsync(string[] args, bool quick)
    {
        var runs = Option(args, "--runs") is { } r ? int.Parse(r) : quick ? 5 : 10;
        var url = Option(args, "--url");
        var database = Option(args, "--db");
        var dll = Option(args, "--app");
        BuiltApp? app = null;
        if (url is null)
        {
            database = Path.Combine(Path.GetTempPath(), $"sopdesk-desk-{Guid.NewGuid():N}.db");
            // --seeded PATH: a copy of a database the app seeded before (seeding takes minutes on a busy machine).
            if (Option(args, "--seeded") is { } seededCopy) File.Copy(seededCopy, database);
            app = BuiltApp.Start(dll, database, FreePort());
            var seeded = await app.WaitUntilServingAsync(TimeSpan.FromMinutes(10));
            Console.WriteLine($"app on {app.Url} ({(File.Exists(Option(args, "--seeded") ?? "") ? "copy of a seeded database" : "fresh database with demo data")}, first start {seeded:0} ms)");
            url = app.Url;
        }
        else if (database is null)
        {
            Console.Error.WriteLine("--url needs --db PATH (the bench picks berkas from the database)");
            return;
        }

        try
        {
            await MeasureAsync(app, url, database!, dll, runs);
        }
        finally
        {
            if (app is not null) await app.DisposeAsync();
            if (Option(args, "--url") is null) DeleteDatabase(database!);
        }
    }

    private static async Task MeasureAsync(BuiltApp? app, string url, string database, string? dll, int runs)
    {
        var times = new Dictionary<string, List<double>>();
        void Add(string name, double ms) => (times.TryGetValue(name, out var list) ? list : times[name] = []).Add(ms);

        using (var playwright = await Playwright.CreateAsync())
        {
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium", Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
            });
            var desk = new Desk(browser, url);
            var picks = Picks.Read(database);
            Console.WriteLine($"{runs} runs; {picks.Completable.Count} steps to complete, {picks.Ak1Cases.Count} AK1 cards, {picks.Ak1Numbers.Count} AK1 lines");

            // Warm-up (not counted): one of each page, so JIT and caches are as after a morning's first berkas.
            await using (var warm = await desk.SignInAsync(Officer, Add: null))
            {
                await warm.OpenAsync("/register/register-ak1");
                await warm.OpenAsync("/");
            }

            for (var i = 0; i < runs; i++)
            {
                await using var session = await desk.SignInAsync(Officer, Add);
                var page = session.Page;

                // Open a berkas from the unfiltered inbox (a filtered one may be empty).
                Add("open_berkas", await session.TimeAsync(() => page.Locator("[data-testid=inbox] tbody tr a").First.ClickAsync(), "[data-testid=case-number]"));

                // Open the inbox again from the menu.
                Add("open_inbox", await session.TimeAsync(() => page.Locator("nav a[href='/'], .mud-navmenu a[href='/']").First.ClickAsync(), InboxReady));

                // Inbox filter chip: Terlambat, then back to Semua (not timed).
                Add("filter_chip", await session.TimeAsync(() => page.GetByText("Terlambat", new() { Exact = true }).First.ClickAsync(), InboxReady));
                await page.GetByText("Semua", new() { Exact = true }).First.ClickAsync();
                await session.SettleAsync(InboxReady);

                // SOP filter (the browser's own select since decision 040): choosing AK1 is timed.
                var sopId = await page.Locator("[data-testid=filter-sop] option").Filter(new() { HasText = "AK1" }).First.GetAttributeAsync("value");
                Add("filter_sop", await session.TimeAsync(() => page.Locator("[data-testid=filter-sop]").SelectOptionAsync(sopId!), InboxReady));


                // Complete a step (Selesai, or Lengkap on a checking step after ticking its list).
                if (i < picks.Completable.Count)
                {
                    await session.OpenAsync($"/berkas/{picks.Completable[i]}");
                    foreach (var box in await page.Locator("[data-testid=checklist] input[type=checkbox]").AllAsync()) await box.CheckAsync();
                    var button = page.Locator("[data-outcome=selesai], [data-outcome=lengkap]").First;
                    var before = await page.Locator(".mud-timeline-item").CountAsync();
                    Add("complete_step", await session.TimeAsync(() => button.ClickAsync(),
                        $"document.querySelectorAll('.mud-timeline-item').length > {before} || document.querySelector('[data-testid=refusal]')", isScript: true));
                }

                // Cetak Kartu AK1: the print page opens in a new tab.
                if (picks.Ak1Cases.Count > 0)
                {
                    await session.OpenAsync($"/berkas/{picks.Ak1Cases[i % picks.Ak1Cases.Count]}");
                    Add("print_ak1", await session.TimePopupAsync(page.Locator("[data-document]").First, ".doc-page, .document, main, body"));
                }

                // Register export of one line: search one number (not timed), export, download.
                if (picks.Ak1Numbers.Count > 0)
                {
                    await session.OpenAsync("/register/register-ak1");
                    await page.Locator("[data-testid=register-search] input, input[data-testid=register-search]").First.FillAsync(picks.Ak1Numbers[i % picks.Ak1Numbers.Count]);
                    await page.WaitForFunctionAsync("document.querySelectorAll('[data-testid=register] tbody tr').length === 1");
                    await session.SettleAsync("[data-testid=register] tbody tr");
                    Add("export_ready", await session.TimeAsync(() => page.Locator("[data-testid=export]").ClickAsync(), "[data-testid=export-download]"));
                    var watch = Stopwatch.StartNew();
                    var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export-download]").ClickAsync());
                    await download.PathAsync();
                    Add("export_download", watch.Elapsed.TotalMilliseconds);
                    await download.DeleteAsync();
                }

                // Monthly report, opened from the menu by a supervisor.
                await using var supervisor = await desk.SignInAsync(Supervisor, Add: null);
                Add("monthly_report", await supervisor.TimeAsync(() => supervisor.Page.Locator("a[href='/laporan/bulanan']").First.ClickAsync(), "[data-testid=report-title]"));
            }
        }

        double? cold = null;
        if (app is not null)
        {
            await app.StopAsync();
            var colds = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                await using var again = BuiltApp.Start(dll, database, FreePort());
                colds.Add(await again.WaitUntilServingAsync(TimeSpan.FromMinutes(2)));
                await again.StopAsync();
            }
            Console.WriteLine($"cold starts (ms): {string.Join(", ", colds.Select(c => c.ToString("0")))}");
            cold = colds.Order().ElementAt(colds.Count / 2);
        }

        Console.WriteLine($"{"interaction",-16} {"n",3} {"p50",7} {"p95",7} {"max",7}");
        foreach (var (name, list) in times)
            Console.WriteLine($"{name,-16} {list.Count,3} {Percentile(list, 0.5),7:0} {Percentile(list, 0.95),7:0} {list.Max(),7:0}");
        var deskNames = times.Keys.Where(k => k is not ("signin" or "print_ak1" or "export_download")).ToList();
        var worst = deskNames.MaxBy(k => Percentile(times[k], 0.95))!;
        Console.WriteLine($"worst desk interaction: {worst}");
        Console.WriteLine($"desk_p95_ms={Percentile(times[worst], 0.95):0} signin_p95_ms={P95(times, "signin")} print_p95_ms={P95(times, "print_ak1")} " +
                          $"export_p95_ms={P95(times, "export_ready")} cold_start_ms={(cold is null ? "n/a" : cold.Value.ToString("0"))}");
    }

    private const string InboxReady = "[data-testid=inbox] tbody";

    private static string P95(Dictionary<string, List<double>> times, string name) =>
        times.TryGetValue(name, out var list) ? Percentile(list, 0.95).ToString("0") : "n/a";

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(sorted.Count * p) - 1)];
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void DeleteDatabase(string database)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(database + suffix)) File.Delete(database + suffix);
        foreach (var folder in new[] { ".exports", ".uploads", ".mail" })
            if (Directory.Exists(Path.ChangeExtension(database, folder))) Directory.Delete(Path.ChangeExtension(database, folder), true);
    }

    /// <summary>The berkas the runs work on, read from the app's database.</summary>
    private sealed record Picks(List<string> Completable, List<string> Ak1Cases, List<string> Ak1Numbers)
    {
        public static Picks Read(string database)
        {
            using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
            connection.Open();
            // Open steps of the officer's lane that finish with Selesai or with Lengkap after the checklist.
            var completable = Strings(connection, """
                SELECT CaseId FROM WorkItems WHERE Status = 'Open' AND LaneId = 'petugas-penerima'
                AND StepId IN ('serahkan', 'periksa') ORDER BY StepId DESC, CaseId
                """);
            var ak1 = Strings(connection, "SELECT CaseId FROM RegisterEntries WHERE RegisterId = 'register-ak1' AND Status = 'Active' ORDER BY Number");
            var numbers = Strings(connection, "SELECT Number FROM RegisterEntries WHERE RegisterId = 'register-ak1' AND Status = 'Active' ORDER BY Number");
            return new Picks(completable, ak1, numbers);
        }

        private static List<string> Strings(SqliteConnection connection, string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var list = new List<string>();
            while (reader.Read()) list.Add(reader.GetString(0).ToLowerInvariant());
            return list;
        }
    }

    /// <summary>The browser side: one context (1366×768) per signed-in officer.</summary>
    private sealed class Desk(IBrowser browser, string url)
    {
        public async Task<Session> SignInAsync(string userName, Action<string, double>? Add)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1366, Height = 768 }, AcceptDownloads = true,
                // The app's CSP forbids eval, which Playwright's waits for a condition use; the page's own scripts are unchanged.
                BypassCSP = true });
            context.SetDefaultTimeout(60_000);
            await context.AddInitScriptAsync(MutationClock);
            var page = await context.NewPageAsync();
            var session = new Session(context, page, url);
            await page.GotoAsync($"{url}/masuk");
            await page.FillAsync("#username", userName);
            await page.FillAsync("#password", Password);
            // Form submit → the inbox shown and live (the circuit started: before that a click does nothing).
            var ms = await session.TimeAsync(() => page.ClickAsync("button[type=submit]"), InboxReady + ", [data-testid=interactive]", bothInteractive: true);
            Add?.Invoke("signin", ms);
            return session;
        }
    }

    private sealed class Session(IBrowserContext context, IPage page, string url) : IAsyncDisposable
    {
        public IPage Page => page;

        public async Task OpenAsync(string path)
        {
            await page.GotoAsync(url + path);
            await page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await SettleAsync("body");
        }

        /// <summary>Waits for <paramref name="selector"/>, then for the quiet window; answers how long ago the last change was.</summary>
        public async Task<double> SettleAsync(string selector, bool isScript = false, bool bothInteractive = false)
        {
            if (isScript) await page.WaitForFunctionAsync(selector);
            else if (bothInteractive)
            {
                await page.Locator(InboxReady).First.WaitForAsync();
                await page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            }
            else await page.Locator(selector).First.WaitForAsync();
            // No Blazor render pending: the loading bar of a table gone.
            await page.WaitForFunctionAsync("!document.querySelector('.mud-table-loading .mud-progress-linear, [data-testid=export-progress]')");
            return await page.EvaluateAsync<double>(QuietScript, QuietMs);
        }

        /// <summary>Click-to-settled in milliseconds: to the last DOM change after the action, not to the end of the quiet wait.</summary>
        public async Task<double> TimeAsync(Func<Task> act, string settled, bool isScript = false, bool bothInteractive = false)
        {
            var watch = Stopwatch.StartNew();
            await act();
            var ago = await SettleAsync(settled, isScript, bothInteractive);
            return Math.Max(0, watch.Elapsed.TotalMilliseconds - ago);
        }

        /// <summary>A link opening a new tab (print pages): click to the new page loaded and settled.</summary>
        public async Task<double> TimePopupAsync(ILocator link, string settled)
        {
            var watch = Stopwatch.StartNew();
            var popup = await page.RunAndWaitForPopupAsync(() => link.ClickAsync());
            await popup.WaitForLoadStateAsync(LoadState.Load);
            await popup.Locator(settled).First.WaitForAsync();
            var ago = await popup.EvaluateAsync<double>(QuietScript, QuietMs);
            var ms = Math.Max(0, watch.Elapsed.TotalMilliseconds - ago);
            await popup.CloseAsync();
            return ms;
        }

        public async ValueTask DisposeAsync() => await context.DisposeAsync();
    }

    /// <summary>The built app in its own process, as the office runs it.</summary>
    private sealed class BuiltApp : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly Stopwatch _started;

        public string Url { get; }

        private BuiltApp(Process process, string url, Stopwatch started) => (_process, Url, _started) = (process, url, started);

        public static BuiltApp Start(string? dll, string database, int port)
        {
            var web = Path.Combine(RepoRoot(), "SopDesk.Web");
            dll ??= Path.Combine(web, "bin", "Release", "net10.0", "SopDesk.Web.dll");
            dll = Path.GetFullPath(dll);
            if (!File.Exists(dll)) throw new FileNotFoundException("Build the app first: dotnet build -c Release SopDesk.Web", dll);
            var url = $"http://127.0.0.1:{port}";
            var info = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            // Development: the static web assets come from the build output; Demo:Seed is refused in Production.
            info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            info.Environment["ASPNETCORE_URLS"] = url;
            info.Environment["ConnectionStrings__SopDesk"] = $"Data Source={database}";
            info.Environment["Demo__Seed"] = "true";
            info.Environment["Registers__ExportFolder"] = Path.ChangeExtension(database, ".exports");
            info.Environment["Uploads__Path"] = Path.ChangeExtension(database, ".uploads");
            info.Environment["Mail__PickupFolder"] = Path.ChangeExtension(database, ".mail");
            info.Environment["Logging__LogLevel__Default"] = "Warning";
            info.Environment["Logging__LogLevel__SopDesk.Startup"] = "Information";
            var started = Stopwatch.StartNew();
            var process = Process.Start(info)!;
            process.OutputDataReceived += (_, e) => { if (e.Data?.Contains("Startup:") == true) Console.WriteLine("  app: " + e.Data.Trim()); };
            process.ErrorDataReceived += (_, e) => { if (!string.IsNullOrWhiteSpace(e.Data)) Console.Error.WriteLine("  app: " + e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return new BuiltApp(process, url, started);
        }

        /// <summary>Milliseconds from the launch to the first 200 of /masuk.</summary>
        public async Task<double> WaitUntilServingAsync(TimeSpan limit)
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            while (_started.Elapsed < limit)
            {
                if (_process.HasExited) throw new InvalidOperationException($"the app exited with {_process.ExitCode}");
                try
                {
                    using var response = await client.GetAsync(Url + "/masuk");
                    if (response.StatusCode == HttpStatusCode.OK) return _started.Elapsed.TotalMilliseconds;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                await Task.Delay(10);
            }
            throw new TimeoutException("the app did not answer /masuk");
        }

        public async Task StopAsync()
        {
            if (_process.HasExited) return;
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            _process.Dispose();
        }

        private static string RepoRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "SopDesk.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException("SopDesk.sln not found above the bench");
        }
    }
}
