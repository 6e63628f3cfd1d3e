using System.Threading.Channels;
using Npgsql;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Live;

namespace SopDesk.Web.Features.Nodes;

/// <summary>
/// Carries <see cref="CaseEvents"/> between nodes over PostgreSQL LISTEN/NOTIFY (decision 045): each change this node
/// publishes (after its write committed) is sent as a NOTIFY; one dedicated connection per node LISTENs and hands the
/// other nodes' changes to this node's pages. When the listening connection drops it reconnects, and the pages are told
/// to reload everything once, since changes may have passed while nobody listened.
/// </summary>
public sealed class PostgresCaseBackplane : BackgroundService, ICaseRelay
{
    public const string Channel = "sopdesk_case_changes";

    private readonly CaseEvents _events;
    private readonly NodeSettings _node;
    private readonly ILogger<PostgresCaseBackplane> _log;
    private readonly NpgsqlDataSource _source;
    private readonly Channel<CaseChange> _outgoing = System.Threading.Channels.Channel.CreateBounded<CaseChange>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public PostgresCaseBackplane(CaseEvents events, NodeSettings node, ILogger<PostgresCaseBackplane> log)
    {
        _events = events;
        _node = node;
        _log = log;
        // Keepalive: a connection cut without a goodbye (a switch, a killed server) is noticed within seconds.
        _source = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(node.ConnectionString) { KeepAlive = 5, ApplicationName = $"sopdesk-live-{node.NodeId}" }.ConnectionString).Build();
        events.Relay = this;
    }

    /// <summary>Called by <see cref="CaseEvents.Publish"/>; never blocks or fails the write that made the change.</summary>
    public void Send(CaseChange change) => _outgoing.Writer.TryWrite(change);

    /// <summary>Whether the listening connection is up (for the health check and the tests' wait).</summary>
    public bool Listening { get; private set; }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Task.Run(() => ListenAsync(stoppingToken), stoppingToken), Task.Run(() => SendAsync(stoppingToken), stoppingToken));

    private async Task ListenAsync(CancellationToken ct)
    {
        var connectedBefore = false;
        var wait = TimeSpan.FromMilliseconds(500);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _source.OpenConnectionAsync(ct);
                connection.Notification += (_, e) => Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection)) await listen.ExecuteNonQueryAsync(ct);
                Listening = true;
                wait = TimeSpan.FromMilliseconds(500);
                if (connectedBefore)
                {
                    _log.LogInformation("Live updates between nodes listen again; open pages reload once");
                    _events.Deliver(CaseChange.ForEveryone());
                }
                connectedBefore = true;
                while (!ct.IsCancellationRequested) await connection.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                Listening = false;
                _log.LogWarning(e, "Live updates between nodes lost their connection; reconnecting in {Wait}", wait);
                try { await Task.Delay(wait, ct); } catch (OperationCanceledException) { return; }
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }

    private void Receive(string payload)
    {
        if (CaseChangeWire.Read(payload) is not { } message) { _log.LogWarning("A live update that is not one was ignored"); return; }
        if (message.Node == _node.NodeId) return; // this node's own change: its pages heard it when it was published
        _events.Deliver(message.Change);
    }

    private async Task SendAsync(CancellationToken ct)
    {
        while (await WaitToReadAsync(ct) && _outgoing.Reader.TryRead(out var change))
        {
            try
            {
                await using var command = _source.CreateCommand("SELECT pg_notify(@channel, @payload)");
                command.Parameters.AddWithValue("channel", Channel);
                command.Parameters.AddWithValue("payload", CaseChangeWire.Write(_node.NodeId, change));
                await command.ExecuteNonQueryAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return; }
            catch (Exception e) { _log.LogWarning(e, "A live update of berkas {CaseId} did not reach the other nodes", change.CaseId); }
        }
    }

    private async Task<bool> WaitToReadAsync(CancellationToken ct)
    {
        try { return await _outgoing.Reader.WaitToReadAsync(ct); }
        catch (OperationCanceledException) { return false; }
    }

    public override void Dispose()
    {
        base.Dispose();
        _source.Dispose();
    }
}
