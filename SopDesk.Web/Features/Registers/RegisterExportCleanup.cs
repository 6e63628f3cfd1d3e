namespace SopDesk.Web.Features.Registers;

/// <summary>Runs <see cref="RegisterExports.CleanUpAsync"/> every five minutes on every node (the deletes are idempotent).</summary>
public sealed class RegisterExportCleanup(RegisterExports exports, TimeProvider clock, ILogger<RegisterExportCleanup> log) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try { await exports.CleanUpAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "Register export cleanup failed; trying again in {Every}", Every); }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try { return await timer.WaitForNextTickAsync(ct); }
        catch (OperationCanceledException) { return false; }
    }
}
