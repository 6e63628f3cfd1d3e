using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Inbox;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Inbox;

public sealed record InboxFilter(InboxView View = InboxView.All, string? DefinitionId = null, string? StepId = null, string? Search = null, int Take = InboxCriteria.PageSize)
{
    /// <summary>Only steps of this kind (the signer's queue lists sign steps).</summary>
    public StepKind? Kind { get; init; }
}

/// <summary>
/// The open work items an officer may act on: those in the lanes of the roles they hold, those held by
/// them by name (disposisi, reassignment), and — while an official is absent — those a substitution rule
/// lets them act on as Plh. The database does the filtering (<see cref="OpenItemsQuery"/>); this class
/// adds what only the SOP definitions know — the Plh's roles and the lane rules per step, read from the
/// definition version each berkas runs on. The list and the nav bar's counts apply the same rule
/// (<see cref="InboxRule"/>), so the counts always equal the lists' lengths.
/// </summary>
public sealed class InboxQuery(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, OfficeTime time, Office.OfficeProfileService officeProfile)
{
    public async Task<IReadOnlyList<InboxItem>> ForAsync(Actor actor, InboxFilter? filter = null, CancellationToken ct = default)
    {
        filter ??= new InboxFilter();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rule = await RuleAsync(db, actor, ct);
        var criteria = new InboxCriteria(filter.View, filter.DefinitionId, filter.StepId, filter.Search, filter.Take) { StepIds = StepIdsOf(filter.Kind) };
        var rows = await OpenItemsQuery.ListAsync(db, rule.Scope, criteria, ct);
        var versions = await VersionsAsync(rows, ct);
        // A Plh's rows came in by role; keep those whose step the substitution rule really covers.
        // Step ids repeat across SOPs, so the kind is checked again on the berkas's own definition.
        var mine = rows.Where(r => rule.MayAct(r, versions) && (filter.Kind is null || Step(versions, r)?.Kind == filter.Kind)).ToList();
        return await WithCaseDeadlinesAsync(db, mine, versions, rule.Scope.Now, ct);
    }

    /// <summary>
    /// The case deadline of each listed berkas whose SOP declares one, from its steps so far (<see cref="CaseDeadlineClock"/>):
    /// one small query for the page's berkas only, so the list keeps walking its index and nothing stored can go stale.
    /// </summary>
    private async Task<IReadOnlyList<InboxItem>> WithCaseDeadlinesAsync(SopDeskDbContext db, List<InboxItem> rows,
        IReadOnlyDictionary<(string Id, string Hash), SopDefinition> versions, DateTimeOffset now, CancellationToken ct)
    {
        var ids = rows.Where(r => versions[(r.DefinitionId, r.DefinitionHash)].CaseDeadline is not null).Select(r => r.CaseId).Distinct().ToList();
        if (ids.Count == 0) return rows;
        var spans = (await db.WorkItems.AsNoTracking().Where(w => ids.Contains(w.CaseId)).Select(w => new { w.CaseId, w.StepId, w.ArrivedAt, w.DoneAt }).ToListAsync(ct))
            .ToLookup(w => w.CaseId, w => new StepSpan(w.StepId, w.ArrivedAt, w.DoneAt));
        // A berkas starts when its first step arrives, so its steps also give the start: no read of the case rows.
        return [.. rows.Select(r => spans[r.CaseId].ToList() is { Count: > 0 } steps
            ? r with { CaseDeadline = CaseDeadlineClock.ViewOf(versions[(r.DefinitionId, r.DefinitionHash)], time.Calendar, steps.Min(s => s.ArrivedAt), steps, now) }
            : r)];
    }

    /// <summary>
    /// The nav bar's counts under the list's rule. Items held by the officer or in a lane of a role they hold pass the
    /// rule by construction, so the database counts them; those that come in only through a Plh role are counted per
    /// SOP step (and held-or-not), the unit the rule decides on, and each group is put through <see cref="InboxRule"/>
    /// under every stored version of its SOP. Where the versions disagree (an older file without the substitution
    /// rule), that SOP's items are counted again per the version each berkas runs on.
    /// </summary>
    public async Task<InboxCounts> CountAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rule = await RuleAsync(db, actor, ct);
        var own = await OpenItemsQuery.CountAsync(db, rule.OwnScope, ct);
        if (rule.PlhRoles.Count == 0) return own;
        var plhScope = rule.Scope with { Roles = rule.PlhRoles };
        var groups = await OpenItemsQuery.CountByStepAsync(db, plhScope, ct: ct);
        var ids = groups.Select(g => g.DefinitionId).Distinct().ToList();
        var hashes = (await db.DefinitionVersions.AsNoTracking().Where(v => ids.Contains(v.DefinitionId)).Select(v => new { v.DefinitionId, v.ContentHash }).ToListAsync(ct))
            .Select(v => (v.DefinitionId, v.ContentHash))
            .Concat(ids.Select(id => catalog.Display(id)).OfType<SopDefinition>().Select(d => (d.Id, d.ContentHash)))
            .Distinct().ToList();
        var versions = new Dictionary<(string Id, string Hash), SopDefinition>();
        foreach (var key in hashes) versions[key] = await catalog.GetVersionAsync(key.Item1, key.Item2, ct);

        var (total, overdue) = (0, 0);
        var undecided = new HashSet<string>();
        foreach (var g in groups)
        {
            var answers = versions.Keys.Where(k => k.Id == g.DefinitionId).Select(k => rule.CountsAsPlh(Probe(g, k.Hash, actor), versions)).Distinct().ToList();
            if (answers is [var counts]) { if (counts) (total, overdue) = (total + g.Total, overdue + g.Overdue); }
            else undecided.Add(g.DefinitionId);
        }
        if (undecided.Count > 0)
            foreach (var g in await OpenItemsQuery.CountByStepAsync(db, plhScope, undecided, ct))
            {
                var key = (g.DefinitionId, g.DefinitionHash!);
                if (!versions.ContainsKey(key)) versions[key] = await catalog.GetVersionAsync(key.DefinitionId, key.Item2, ct);
                if (rule.CountsAsPlh(Probe(g, g.DefinitionHash!, actor), versions)) (total, overdue) = (total + g.Total, overdue + g.Overdue);
            }
        return own with { Total = own.Total + total, Overdue = own.Overdue + overdue };
    }

    /// <summary>A stand-in row for a group of counted items: what the rule reads of an item (SOP version, step, holder).</summary>
    private static InboxItem Probe(InboxStepCount group, string hash, Actor actor) =>
        new(Guid.Empty, Guid.Empty, "", group.DefinitionId, group.StepId, "", default, null, group.Held ? actor.UserId : null, null, null, null) { DefinitionHash = hash };

    private async Task<InboxRule> RuleAsync(SopDeskDbContext db, Actor actor, CancellationToken ct)
    {
        var now = time.Now;
        var office = await CaseService.OfficeContextAsync(db, officeProfile.Current, now, ct);
        var plhRoles = ActingForRoles(actor, office).Except(actor.Roles).Distinct().ToList();
        return new InboxRule(actor, office, new InboxScope(actor.UserId, [.. actor.Roles], now), plhRoles);
    }

    /// <summary>The definition version of each row's berkas (cached per version by the catalog).</summary>
    private async Task<IReadOnlyDictionary<(string Id, string Hash), SopDefinition>> VersionsAsync(IEnumerable<InboxItem> rows, CancellationToken ct)
    {
        var versions = new Dictionary<(string Id, string Hash), SopDefinition>();
        foreach (var key in rows.Select(r => (r.DefinitionId, r.DefinitionHash)).Distinct())
            versions[key] = await catalog.GetVersionAsync(key.DefinitionId, key.DefinitionHash, ct);
        return versions;
    }

    private static Step? Step(IReadOnlyDictionary<(string Id, string Hash), SopDefinition> versions, InboxItem row) =>
        versions[(row.DefinitionId, row.DefinitionHash)].Steps.FirstOrDefault(s => s.Id == row.StepId);

    private string[]? StepIdsOf(StepKind? kind) =>
        kind is null ? null : [.. catalog.Displayable.SelectMany(d => d.Steps).Where(s => s.Kind == kind).Select(s => s.Id).Distinct()];

    /// <summary>Absent officials' roles this actor may stand in for under some SOP's substitution rule.</summary>
    private IEnumerable<string> ActingForRoles(Actor actor, OfficeContext office) =>
        catalog.Displayable.SelectMany(d => d.Substitutions)
            .Where(s => actor.Roles.Contains(s.ActingRole) && office.MayActFor(s.Role, actor))
            .Select(s => s.Role);

    /// <summary>
    /// The one rule of the inbox: an open item is the officer's when they hold it, or when the lane rules of the
    /// version its berkas runs on let them act on its step (their own lane, or as Plh under a substitution rule).
    /// </summary>
    private sealed record InboxRule(Actor Actor, OfficeContext Office, InboxScope OwnScope, IReadOnlyCollection<string> PlhRoles)
    {
        /// <summary>What the database selects: held by the officer or in a lane of their own or their Plh roles.</summary>
        public InboxScope Scope => OwnScope with { Roles = [.. OwnScope.Roles.Concat(PlhRoles)] };

        public bool MayAct(InboxItem row, IReadOnlyDictionary<(string Id, string Hash), SopDefinition> versions)
        {
            if (row.HolderUserId == Actor.UserId) return true;
            var definition = versions[(row.DefinitionId, row.DefinitionHash)];
            return Step(versions, row) is { } step && LaneAccess.ActingAs(definition, step, Actor, Office) is not null;
        }

        /// <summary>An item the officer may act on only as Plh: what the counts add to the database's own count.</summary>
        public bool CountsAsPlh(InboxItem row, IReadOnlyDictionary<(string Id, string Hash), SopDefinition> versions) =>
            !IsOwn(row, versions) && MayAct(row, versions);

        /// <summary>Held by the officer or in a lane of a role they hold — what the database counts as theirs.</summary>
        public bool IsOwn(InboxItem row, IReadOnlyDictionary<(string Id, string Hash), SopDefinition> versions) =>
            row.HolderUserId == Actor.UserId
            || Step(versions, row) is { } step && versions[(row.DefinitionId, row.DefinitionHash)].Lane(step.Lane).Roles.Any(Actor.Roles.Contains);
    }
}
