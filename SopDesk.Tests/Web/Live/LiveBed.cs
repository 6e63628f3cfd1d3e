using Microsoft.Extensions.Logging.Abstractions;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Live;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Live;

/// <summary>The AK1 SOP (lanes pemohon, petugas-penerima, kasi, pengadministrasi, kabid; a Kasi is Plh. Kabid) and small makers.</summary>
internal static class LiveBed
{
    public static SopDefinition Ak1 { get; } =
        SopDefinitionLoader.Parse("503-48-ak1.json", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflows", "503-48-ak1.json"))).Definition!;

    public static CaseEvents NewEvents() => new(NullLogger<CaseEvents>.Instance);

    public static WorkItemState Item(string laneId, ItemHolder? holder = null) => new()
    {
        Id = Guid.NewGuid(), Sequence = 1, StepId = "s1", LaneId = laneId, ArrivedAt = DateTimeOffset.UnixEpoch, Visit = 1, Holder = holder,
    };

    public static Actor Officer(string userId, params string[] roles) => new(userId, userId, [.. roles]);

    public static CaseInterest InterestOf(Actor officer) => CaseInterest.ForOfficer(officer, [Ak1]);
}

/// <summary>A page stand-in: counts its reloads and remembers the last change it reloaded for.</summary>
internal sealed class Listener
{
    private int _reloads;
    public int Reloads => Volatile.Read(ref _reloads);
    public CaseChange? Last { get; private set; }
    public CaseSubscription Subscription { get; private set; } = null!;

    public static Listener On(CaseEvents events, CaseInterest interest, Func<CaseChange, Task>? body = null)
    {
        var listener = new Listener();
        listener.Subscription = events.Subscribe(interest, async change =>
        {
            Interlocked.Increment(ref listener._reloads);
            listener.Last = change;
            if (body is not null) await body(change);
        });
        return listener;
    }

    /// <summary>Waits until no reload runs or is due: after it, the counts are final for what was published before.</summary>
    public Task SettledAsync() => Subscription.Idle.WaitAsync(TimeSpan.FromSeconds(10));
}
