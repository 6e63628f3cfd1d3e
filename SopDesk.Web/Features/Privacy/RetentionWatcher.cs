namespace SopDesk.Web.Features.Privacy;

/// <summary>Runs the retention erasure when the app starts and then once a day, on the app's <see cref="TimeProvider"/>.</summary>
public sealed class RetentionWatcher(RetentionSweep sweep, TimeProvider clock, ILogger<RetentionWatcher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await sweep.RunAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Retention erasure failed; retrying tomorrow");
            }
            try { await Task.Delay(TimeSpan.FromDays(1), clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
