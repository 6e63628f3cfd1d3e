namespace SopDesk.Web.Features.Sla;

/// <summary>
/// Runs an SLA sweep now and then, on the app's <see cref="TimeProvider"/>, for as long as the app runs — so steps
/// become overdue and superiors hear of it without anyone opening a page. A failed sweep is logged and retried.
/// </summary>
public sealed class SlaWatcher(IServiceScopeFactory scopes, SlaSettings settings, TimeProvider clock, ILogger<SlaWatcher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<SlaSweep>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "SLA sweep failed; retrying in {Interval}", settings.SweepInterval);
            }
            try { await Task.Delay(settings.SweepInterval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
