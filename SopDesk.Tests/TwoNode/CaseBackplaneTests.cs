using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Live;
using SopDesk.Web.Features.Nodes;

namespace SopDesk.Tests.TwoNode;

/// <summary>
/// Live updates between two nodes over PostgreSQL LISTEN/NOTIFY (decision 045), two backplanes in this process on the
/// script's PostgreSQL: a change reaches the other node's pages, a node does not hear its own change twice, a change too
/// wide for a NOTIFY still arrives (as "everyone"), and a node whose listening connection dropped reconnects and tells
/// its pages to reload once.
/// </summary>
[Trait("Category", TwoNodeEnvironment.Category)]
public sealed class CaseBackplaneTests : IAsyncLifetime
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly List<PostgresCaseBackplane> _backplanes = [];

    private sealed record Node(CaseEvents Events, PostgresCaseBackplane Backplane, ConcurrentQueue<CaseChange> Heard, string Name);

    private async Task<Node> NodeAsync(string name)
    {
        var events = new CaseEvents(NullLogger<CaseEvents>.Instance) { Window = TimeSpan.Zero };
        var backplane = new PostgresCaseBackplane(events, new NodeSettings(true, TwoNodeEnvironment.Postgres, $"{name}-{_run}"), NullLogger<PostgresCaseBackplane>.Instance);
        _backplanes.Add(backplane);
        await backplane.StartAsync(CancellationToken.None);
        for (var i = 0; i < 100 && !backplane.Listening; i++) await Task.Delay(50);
        backplane.Listening.ShouldBeTrue();
        var heard = new ConcurrentQueue<CaseChange>();
        events.Subscribe(new CaseInterest(["kasi"], null, null), change => { heard.Enqueue(change); return Task.CompletedTask; });
        return new Node(events, backplane, heard, $"{name}-{_run}");
    }

    private static async Task<CaseChange> HeardAsync(Node node, Func<CaseChange, bool> which)
    {
        for (var i = 0; i < 100; i++)
        {
            if (node.Heard.FirstOrDefault(which) is { } change) return change;
            await Task.Delay(50);
        }
        throw new ShouldAssertException($"{node.Name} did not hear the change within 5 s");
    }

    [Fact]
    public async Task A_change_on_one_node_reaches_the_other_nodes_pages_and_its_own_once()
    {
        var (a, b) = (await NodeAsync("a"), await NodeAsync("b"));
        var caseId = Guid.NewGuid();

        a.Events.Publish(new CaseChange(caseId, ["kasi"], ["user-1"]));

        (await HeardAsync(b, c => c.CaseId == caseId)).Roles.ShouldBe(["kasi"]);
        await Task.Delay(500); // an echo would have come back by now
        a.Heard.Count(c => c.CaseId == caseId).ShouldBe(1);
        b.Heard.Count(c => c.CaseId == caseId).ShouldBe(1);
    }

    [Fact]
    public async Task A_change_too_wide_for_a_notify_arrives_as_one_for_everyone()
    {
        var (a, b) = (await NodeAsync("a"), await NodeAsync("b"));
        var users = Enumerable.Range(0, 400).Select(i => $"user-{Guid.NewGuid()}-{i}").ToArray(); // ~18 kB of ids

        a.Events.Publish(new CaseChange(Guid.NewGuid(), ["kasi"], [.. users]));

        (await HeardAsync(b, c => c.Everyone)).Everyone.ShouldBeTrue();
    }

    [Fact]
    public async Task A_node_whose_listening_connection_dropped_reconnects_and_its_pages_reload_once()
    {
        var (a, b) = (await NodeAsync("a"), await NodeAsync("b"));
        await using (var admin = new NpgsqlConnection(TwoNodeEnvironment.Postgres))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name LIKE @name", admin);
            kill.Parameters.AddWithValue("name", $"sopdesk-live-{b.Name}%");
            ((long)(await kill.ExecuteScalarAsync())!).ShouldBeGreaterThan(0);
        }

        (await HeardAsync(b, c => c.Everyone)).Everyone.ShouldBeTrue(); // changes may have passed while it did not listen
        for (var i = 0; i < 100 && !b.Backplane.Listening; i++) await Task.Delay(50);
        var caseId = Guid.NewGuid();
        a.Events.Publish(new CaseChange(caseId, ["kasi"], []));
        await HeardAsync(b, c => c.CaseId == caseId);
        b.Heard.Count(c => c.Everyone).ShouldBe(1);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var backplane in _backplanes)
        {
            await backplane.StopAsync(CancellationToken.None);
            backplane.Dispose();
        }
    }
}
