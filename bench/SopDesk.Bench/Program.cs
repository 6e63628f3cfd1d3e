using SopDesk.Bench;

// Figures, not pass/fail. Usage: dotnet run -c Release --project bench/SopDesk.Bench -- transitions [--provider postgres]|inbox|dashboard|export|portal|matching|definitions|desk|circuits [--circuits N] [--mode listeners] [--page PATH] [--quick]
var command = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
var quick = args.Contains("--quick");
switch (command)
{
    case "transitions": // --pages N: which pages N steps of one officer write per commit, instead of the timed run; --provider postgres
        if (args.SkipWhile(a => a != "--provider").Skip(1).FirstOrDefault() is { } provider && provider.Equals("postgres", StringComparison.OrdinalIgnoreCase))
            await PostgresTransitionsBenchmark.RunAsync(quick);
        else if (args.SkipWhile(a => a != "--pages").Skip(1).Select(int.Parse).FirstOrDefault() is > 0 and var steps) await TransitionsPages.RunAsync(steps);
        else await TransitionsBenchmark.RunAsync(quick);
        return 0;
    case "inbox":
        await InboxBenchmark.RunAsync(quick);
        return 0;
    case "dashboard":
        await DashboardBenchmark.RunAsync();
        return 0;
    case "export":
        await ExportBenchmark.RunAsync();
        return 0;
    case "portal":
        await PortalBenchmark.RunAsync(quick);
        return 0;
    case "matching":
        await MatchingBenchmark.RunAsync(quick);
        return 0;
    case "desk":
        await DeskBenchmark.RunAsync(args, quick);
        return 0;
    case "circuits": // --circuits N (default 50), --rate R changes/s (default 5), --mode browser|listeners, --page PATH (browser mode)
        CircuitsBenchmark.RateArgument = args.SkipWhile(a => a != "--rate").Skip(1).Select(double.Parse).Cast<double?>().FirstOrDefault();
        var circuits = args.SkipWhile(a => a != "--circuits").Skip(1).Select(int.Parse).FirstOrDefault(50);
        if (args.SkipWhile(a => a != "--mode").Skip(1).FirstOrDefault() == "listeners")
            await CircuitsBenchmark.RunAsync(circuits, quick);
        else
            await CircuitsBrowserBenchmark.RunAsync(circuits, quick, CircuitsBenchmark.RateArgument ?? 5.0,
                args.SkipWhile(a => a != "--page").Skip(1).FirstOrDefault() ?? "/");
        return 0;
    case "definitions":
        await DefinitionLoadBenchmark.RunAsync();
        return 0;
    case PostgresTransitionsBenchmark.NodeCommand: // hidden: one node of "transitions --provider postgres" (connection, officers, seconds, max)
        await PostgresTransitionsBenchmark.RunNodeAsync(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture)), int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    case ExportBenchmark.ChildCommand: // hidden: one writer in a fresh process, started by "export"
        await ExportBenchmark.RunOneAsync(args[1]);
        return 0;
    default:
        Console.Error.WriteLine("usage: SopDesk.Bench transitions [--provider postgres]|inbox|dashboard|export|portal|matching|definitions|desk|circuits [--circuits N] [--mode listeners] [--page PATH] [--quick]");
        return 2;
}
