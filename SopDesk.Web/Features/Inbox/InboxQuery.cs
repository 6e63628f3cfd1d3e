using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Inbox;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Inbox;

public sealed record InboxFilter(InboxView View = InboxView.All, string? DefinitionId = null, string? StepId = null, string? Search = null, int Take = 200)
{
    /// <summary>Only steps of this kind (the signer's queue lists sign steps).</summary>
    public StepKind? Kind { get; init; }
}

/// <summary>
/// The open work items an officer may act on: those in the lanes of the roles they hold, those held by
/// them by name (disposisi, reassignment), and — while an official is absent — those a substitution rule
/// lets them act on as Plh. The database does the filtering (<see cref="OpenItemsQuery"/>); this class
/// adds what only the SOP definitions know: the Plh's roles, the step kinds, the lane rules per step.
/// </summary>
public sealed class InboxQuery(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, OfficeTime time, Office.OfficeProfileService officeProfile)
{
    public async Task<IReadOnlyList<InboxItem>> ForAsync(Actor actor, InboxFilter? filter = null, CancellationToken ct = default)
    {
        filter ??= new InboxFilter();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (scope, office) = await ScopeAsync(db, actor, ct);
        var criteria = new InboxCriteria(filter.View, filter.DefinitionId, filter.StepId, filter.Search, filter.Take) { StepIds = StepIdsOf(filter.Kind) };
        var rows = await OpenItemsQuery.ListAsync(db, scope, criteria, ct);
        // A Plh's rows came in by role; keep those whose step the substitution rule really covers.
        // Step ids repeat across SOPs, so the kind is checked again per definition.
        return [.. rows.Where(r => MayAct(r, actor, office) && (filter.Kind is null || KindOf(r) == filter.Kind))];
    }

    public async Task<InboxCounts> CountAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (scope, _) = await ScopeAsync(db, actor, ct);
        return await OpenItemsQuery.CountAsync(db, scope, ct);
    }

    private async Task<(InboxScope Scope, OfficeContext Office)> ScopeAsync(SopDeskDbContext db, Actor actor, CancellationToken ct)
    {
        var now = time.Now;
        var office = await CaseService.OfficeContextAsync(db, officeProfile.Current, now, ct);
        return (new InboxScope(actor.UserId, [.. actor.Roles.Concat(ActingForRoles(actor, office)).Distinct()], now), office);
    }

    private string[]? StepIdsOf(StepKind? kind) =>
        kind is null ? null : [.. catalog.Current.SelectMany(d => d.Steps).Where(s => s.Kind == kind).Select(s => s.Id).Distinct()];

    /// <summary>Absent officials' roles this actor may stand in for under some SOP's substitution rule.</summary>
    private IEnumerable<string> ActingForRoles(Actor actor, OfficeContext office) =>
        catalog.Current.SelectMany(d => d.Substitutions)
            .Where(s => actor.Roles.Contains(s.ActingRole) && office.MayActFor(s.Role, actor))
            .Select(s => s.Role);

    private StepKind? KindOf(InboxItem row) => catalog.Find(row.DefinitionId)?.Steps.FirstOrDefault(s => s.Id == row.StepId)?.Kind;

    private bool MayAct(InboxItem row, Actor actor, OfficeContext office)
    {
        if (row.HolderUserId == actor.UserId) return true;
        if (catalog.Find(row.DefinitionId) is not { } definition || definition.Steps.FirstOrDefault(s => s.Id == row.StepId) is not { } step) return true;
        return LaneAccess.ActingAs(definition, step, actor, office) is not null;
    }
}
