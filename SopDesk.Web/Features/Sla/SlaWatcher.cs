namespace SopDesk.Web.Features.Sla;

/// <summary>
/// Runs an SLA sweep now and then, on the app's <see cref="TimeProvider"/>, for as long as the app runs — so steps
/// become overdue and superiors hear of it without anyone opening a page. A failed sweep is logged and retried.
/// With several nodes (a <see cref="SlaLeader"/>) only the leader sweeps; the others wait to take over (decision 046).
/// </summary>
public sealed class SlaWatcher(IServiceScopeFactory scopes, SlaSettings settings, TimeProvider clock, ILogger<SlaWatcher> log, SlaLeader? leader = null)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (leader is null)
        {
            await SweepUntilAsync(stoppingToken);
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var handle = await leader.AcquireAsync(stoppingToken);
                try
                {
                    log.LogInformation("This node leads the SLA watcher");
                    using var leading = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, handle.HandleLostToken);
                    await SweepUntilAsync(leading.Token);
                    if (!stoppingToken.IsCancellationRequested) log.LogWarning("This node lost the SLA watcher's lock; waiting to lead again");
                }
                finally { await SlaLeader.ReleaseAsync(handle); }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(e, "The SLA watcher's lock could not be taken; trying again");
                try { await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Sweeps every <see cref="SlaSettings.SweepInterval"/> until <paramref name="ct"/> fires.</summary>
    private async Task SweepUntilAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<SlaSweep>().RunAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "SLA sweep failed; retrying in {Interval}", settings.SweepInterval);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return; }
            try { await Task.Delay(settings.SweepInterval, clock, ct); }
            catch (OperationCanceledException) { return; }
        }
    }
}
