using SopDesk.Web.Features.Live;

namespace SopDesk.Web.Features.Cases;

/// <summary>
/// Tells open pages (inboxes, the nav bar's counts, the bell, a berkas page) that a berkas changed, so they reload
/// without a refresh — only the pages it concerns: a publisher says whom (<see cref="CaseChange"/>), a page says what it
/// listens for (<see cref="CaseInterest"/>), and the change reaches the pages indexed under one of its roles, user ids
/// or its berkas, without a scan of all. <see cref="CaseChange.Everyone"/> reaches all. One instance per app; on several
/// nodes a backplane (<see cref="Relay"/>) hands each node's <see cref="Publish"/> to the others' <see cref="Deliver"/>
/// (decisions 030, 045).
/// </summary>
public sealed class CaseEvents(ILogger<CaseEvents> logger)
{
    private readonly Lock _gate = new();
    private readonly HashSet<CaseSubscription> _all = [];
    private readonly Dictionary<string, HashSet<CaseSubscription>> _byRole = [];
    private readonly Dictionary<string, HashSet<CaseSubscription>> _byUser = [];
    private readonly Dictionary<Guid, HashSet<CaseSubscription>> _byCase = [];

    /// <summary>Changes this close after a page's reload started are merged into its next reload.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Listens for the changes <paramref name="interest"/> is concerned by; <paramref name="reload"/> runs off the
    /// publisher's thread, coalesced (see <see cref="CaseSubscription"/>). Dispose the result when the page goes.
    /// </summary>
    public CaseSubscription Subscribe(CaseInterest interest, Func<CaseChange, Task> reload)
    {
        var subscription = new CaseSubscription(interest, reload, Window, Unsubscribe,
            (e, change) => logger.LogWarning(e, "A listener failed on the change of berkas {CaseId}", change.CaseId));
        lock (_gate)
        {
            _all.Add(subscription);
            foreach (var role in interest.Roles) Add(_byRole, role, subscription);
            if (interest.UserId is { } user) Add(_byUser, user, subscription);
            if (interest.CaseId is { } caseId) Add(_byCase, caseId, subscription);
        }
        return subscription;
    }

    /// <summary>Carries this node's changes to the other nodes; null on one node (SQLite).</summary>
    public ICaseRelay? Relay { get; set; }

    /// <summary>A change made on this node, after its write committed. It never fails the write that made it.</summary>
    public void Publish(CaseChange change)
    {
        Deliver(change);
        try { Relay?.Send(change); }
        catch (Exception e) { logger.LogWarning(e, "The change of berkas {CaseId} was not relayed to the other nodes", change.CaseId); }
    }

    /// <summary>Hands a change to the concerned pages of this node (the backplane calls this for other nodes' changes).</summary>
    public void Deliver(CaseChange change)
    {
        foreach (var subscription in Concerned(change))
        {
            try { subscription.Notify(change); }
            catch (Exception e) { logger.LogWarning(e, "A listener failed on the change of berkas {CaseId}", change.CaseId); }
        }
    }

    /// <summary>How many pages listen now (the bench's check).</summary>
    public int Count { get { lock (_gate) return _all.Count; } }

    private List<CaseSubscription> Concerned(CaseChange change)
    {
        lock (_gate)
        {
            if (change.Everyone) return [.. _all];
            var found = new HashSet<CaseSubscription>();
            foreach (var role in change.Roles)
                if (_byRole.TryGetValue(role, out var set)) found.UnionWith(set);
            foreach (var user in change.UserIds)
                if (_byUser.TryGetValue(user, out var set)) found.UnionWith(set);
            if (_byCase.TryGetValue(change.CaseId, out var ofCase)) found.UnionWith(ofCase);
            return [.. found];
        }
    }

    private void Unsubscribe(CaseSubscription subscription)
    {
        lock (_gate)
        {
            if (!_all.Remove(subscription)) return;
            var interest = subscription.Interest;
            foreach (var role in interest.Roles) Remove(_byRole, role, subscription);
            if (interest.UserId is { } user) Remove(_byUser, user, subscription);
            if (interest.CaseId is { } caseId) Remove(_byCase, caseId, subscription);
        }
    }

    private static void Add<TKey>(Dictionary<TKey, HashSet<CaseSubscription>> index, TKey key, CaseSubscription subscription) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var set)) index[key] = set = [];
        set.Add(subscription);
    }

    private static void Remove<TKey>(Dictionary<TKey, HashSet<CaseSubscription>> index, TKey key, CaseSubscription subscription) where TKey : notnull
    {
        if (index.TryGetValue(key, out var set) && set.Remove(subscription) && set.Count == 0) index.Remove(key);
    }
}

/// <summary>Sends this node's changes to the other nodes (decision 045); must not block.</summary>
public interface ICaseRelay
{
    void Send(CaseChange change);
}
