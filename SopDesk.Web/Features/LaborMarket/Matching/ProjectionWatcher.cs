namespace SopDesk.Web.Features.LaborMarket.Matching;

/// <summary>
/// Brings the labor market projections (seeker profiles from AK1, vacancy status) up to the journal every few seconds, so a
/// newly signed AK1 holder shows up in matching without anyone opening a page. "LaborMarket:Watch" (default: as "Sla:Watch",
/// so tests that run sweeps themselves have no loop) and "LaborMarket:CatchUpInterval" (default 5 s). A failure is logged
/// and retried on the next tick.
/// </summary>
public sealed class ProjectionWatcher(IServiceScopeFactory scopes, ProjectionWatcherSettings settings, TimeProvider clock, ILogger<ProjectionWatcher> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Watch) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ProjectionCatchUp>().CatchUpAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Labor market projection catch-up failed; retrying in {Interval}", settings.Interval);
            }
            try { await Task.Delay(settings.Interval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}

public sealed record ProjectionWatcherSettings(bool Watch, TimeSpan Interval)
{
    public static ProjectionWatcherSettings Read(IConfiguration configuration) => new(
        configuration.GetValue("LaborMarket:Watch", configuration.GetValue("Sla:Watch", true)),
        configuration.GetValue("LaborMarket:CatchUpInterval", TimeSpan.FromSeconds(5)));
}
