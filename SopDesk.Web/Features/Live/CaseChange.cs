using System.Collections.Immutable;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Live;

/// <summary>
/// A berkas changed, and whom it concerns: the roles of the lanes of the items it touched (the one closed and the one
/// opened), and the staff who held them or gave them (before and after). Staff only: the public side does not listen.
/// A plain value on purpose — a backplane between nodes (issue 17) would carry the same record.
/// <see cref="Everyone"/> is for changes that move due times or acting roles for all (holidays, absences, registers).
/// </summary>
public sealed record CaseChange(Guid CaseId, ImmutableHashSet<string> Roles, ImmutableHashSet<string> UserIds)
{
    /// <summary>Every listener hears it (no single berkas, or one whose reach the publisher cannot tell).</summary>
    public bool Everyone { get; init; }

    /// <summary>A change of the office (holiday calendar, a Plh's absence, a register line): every open page reloads.</summary>
    public static CaseChange ForEveryone() => new(Guid.Empty, [], []) { Everyone = true };

    /// <summary>Only the berkas's own open pages care (e.g. a reading journaled on it).</summary>
    public static CaseChange OnlyCase(Guid caseId) => new(caseId, [], []);

    // --- The one rule of who is concerned by a step's change ---

    /// <summary>
    /// A transition: the lanes' roles of the items it closed, opened or handed over, with their holders and givers
    /// (a disposisi's target and its giver, before and after). An applicant lane's roles are the staff who record its acts
    /// at the desk, so they count too.
    /// </summary>
    public static CaseChange OfItems(Guid caseId, SopDefinition definition, params WorkItemState?[] items)
    {
        var roles = ImmutableHashSet.CreateBuilder<string>();
        var users = ImmutableHashSet.CreateBuilder<string>();
        foreach (var item in items)
        {
            if (item is null) continue;
            if (definition.Lanes.FirstOrDefault(l => l.Id == item.LaneId) is { } lane) roles.UnionWith(lane.Roles);
            AddStaff(users, item.Holder?.UserId, item.Holder?.ByUserId);
        }
        return new(caseId, roles.ToImmutable(), users.ToImmutable());
    }

    /// <summary>A stored open item (the SLA watcher's view): its lane's roles as stored ("|kasi|kabid|") and its holder.</summary>
    public static CaseChange OfStoredItem(Guid caseId, string encodedRoles, string? holderUserId, string? heldByUserId = null)
    {
        var users = ImmutableHashSet.CreateBuilder<string>();
        AddStaff(users, holderUserId, heldByUserId);
        return new(caseId, [.. encodedRoles.Split('|', StringSplitOptions.RemoveEmptyEntries)], users.ToImmutable());
    }

    private static void AddStaff(ImmutableHashSet<string>.Builder users, params string?[] userIds)
    {
        // Applicants act under "layanan:…" ids; they have no staff page to wake.
        foreach (var id in userIds)
            if (!string.IsNullOrEmpty(id) && !id.StartsWith("layanan:", StringComparison.Ordinal)) users.Add(id);
    }
}
