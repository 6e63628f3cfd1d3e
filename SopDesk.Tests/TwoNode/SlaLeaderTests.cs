using Npgsql;
using SopDesk.Web.Features.Nodes;
using SopDesk.Web.Features.Sla;

namespace SopDesk.Tests.TwoNode;

/// <summary>
/// The SLA watcher's leader election on the script's PostgreSQL (decision 046): one node holds the lock, the other waits,
/// and takes over within seconds when the leader's connection dies (as when its process is killed).
/// </summary>
[Trait("Category", TwoNodeEnvironment.Category)]
public sealed class SlaLeaderTests
{
    [Fact]
    public async Task One_leads_the_other_waits_and_takes_over_within_seconds_when_the_leaders_connection_dies()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        // A lock of this test's own: the script's two nodes hold and wait for the real one the whole time.
        var lockName = $"sla-leader-test-{run}";
        var first = new SlaLeader(new NodeSettings(true, TwoNodeEnvironment.Postgres, $"lead-a-{run}"), lockName);
        var second = new SlaLeader(new NodeSettings(true, TwoNodeEnvironment.Postgres, $"lead-b-{run}"), lockName);
        using var noLock = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var leading = await first.AcquireAsync(noLock.Token);
        var lost = leading.HandleLostToken; // watched from now on

        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var waiting = second.AcquireAsync(giveUp.Token);
        await Task.Delay(1000);
        waiting.IsCompleted.ShouldBeFalse(); // only one leads

        var killedAt = DateTime.UtcNow;
        await using (var admin = new NpgsqlConnection(TwoNodeEnvironment.Postgres))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name LIKE @name", admin);
            kill.Parameters.AddWithValue("name", $"sopdesk-sla-lead-a-{run}%");
            ((long)(await kill.ExecuteScalarAsync())!).ShouldBe(1);
        }
        await using var taken = await waiting;
        (DateTime.UtcNow - killedAt).ShouldBeLessThan(TimeSpan.FromSeconds(5));
        for (var i = 0; i < 150 && !lost.IsCancellationRequested; i++) await Task.Delay(100);
        lost.IsCancellationRequested.ShouldBeTrue(); // the old leader learns it lost the lock and stops sweeping
        await SlaLeader.ReleaseAsync(leading); // nothing to give back, and no error
    }
}
