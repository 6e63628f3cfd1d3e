using Medallion.Threading.Postgres;
using Npgsql;
using SopDesk.Web.Features.Nodes;

namespace SopDesk.Web.Features.Sla;

/// <summary>
/// Who may sweep when several nodes share PostgreSQL: the node holding one advisory lock (DistributedLock.Postgres).
/// The others wait in <c>pg_advisory_lock</c>; when the leader's process dies its connection closes, the server drops
/// the lock and a waiting node takes it within moments (decision 046). The connection's application name says which
/// node leads (pg_stat_activity). The breach key stays unique, so even two sweeping at once record a breach once.
/// </summary>
public sealed class SlaLeader(NodeSettings node, string lockName)
{
    /// <summary>The one lock every node of a deployment contends for.</summary>
    public const string WatcherLock = "sopdesk-sla-watcher";

    public SlaLeader(NodeSettings node) : this(node, WatcherLock) { }

    private readonly PostgresDistributedLock _lock = new(new PostgresAdvisoryLockKey(lockName, allowHashing: true),
        new NpgsqlConnectionStringBuilder(node.ConnectionString) { KeepAlive = 5, ApplicationName = $"sopdesk-sla-{node.NodeId}" }.ConnectionString,
        options => options.KeepaliveCadence(TimeSpan.FromSeconds(5)));

    /// <summary>Waits until this node leads; the handle's <c>HandleLostToken</c> fires if the lock's connection is lost.</summary>
    public async Task<PostgresDistributedLockHandle> AcquireAsync(CancellationToken ct) => await _lock.AcquireAsync(cancellationToken: ct);

    /// <summary>
    /// Gives the lock back. A lock lost with its connection has nothing to give back: disposing it throws, and the server
    /// released the lock when the connection ended.
    /// </summary>
    public static async Task ReleaseAsync(PostgresDistributedLockHandle handle)
    {
        try { await handle.DisposeAsync(); }
        catch (Exception e) when (e is InvalidOperationException or NpgsqlException) { }
    }
}
