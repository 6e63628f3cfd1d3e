using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Inbox;

public sealed record InboxItem(Guid CaseId, Guid WorkItemId, string CaseNumber, string DefinitionId, string StepId, string ApplicantName,
    DateTimeOffset ArrivedAt, DateTimeOffset? DueAt, string? HolderUserId, string? HolderName, string? HoldKind, string? Instruction);

/// <summary>Which of an officer's items to list.</summary>
public enum InboxView
{
    All,
    /// <summary>Past their due instant.</summary>
    Overdue,
    /// <summary>In the officer's lanes and held by nobody.</summary>
    Unclaimed,
    /// <summary>Held by the officer (claimed, reassigned or disposed to them).</summary>
    Mine,
}

public sealed record InboxFilter(InboxView View = InboxView.All, string? DefinitionId = null, string? StepId = null, string? Search = null, int Take = 200)
{
    /// <summary>Only steps of this kind (the signer's queue lists sign steps).</summary>
    public StepKind? Kind { get; init; }
}

/// <summary>How many items an officer has, for the nav bar.</summary>
public sealed record InboxCounts(int Total, int Overdue, int Mine);

/// <summary>
/// The open work items an officer may act on: those in the lanes of the roles they hold, those held by
/// them by name (disposisi, reassignment), and — while an official is absent — those a substitution rule
/// lets them act on as Plh. Soonest due first; items waiting on the pemohon (no due time) last.
/// </summary>
public sealed class InboxQuery(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, OfficeTime time)
{
    public async Task<IReadOnlyList<InboxItem>> ForAsync(Actor actor, InboxFilter? filter = null, CancellationToken ct = default)
    {
        filter ??= new InboxFilter();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var office = await CaseService.OfficeContextAsync(db, time.Now, ct);
        var query = Filtered(db, Mine(db, actor, office), actor, filter);
        var rows = await query
            .Join(db.Cases, w => w.CaseId, c => c.Id, (w, c) => new { w, c })
            .Where(x => filter.Search == null || x.c.Number.Contains(filter.Search) || x.c.Nik == filter.Search || x.c.ApplicantName.Contains(filter.Search))
            .OrderBy(x => x.w.DueAt == null).ThenBy(x => x.w.DueAt)
            .Take(filter.Take)
            .Select(x => new InboxItem(x.c.Id, x.w.Id, x.c.Number, x.c.DefinitionId, x.w.StepId, x.c.ApplicantName, x.w.ArrivedAt, x.w.DueAt,
                x.w.HolderUserId, x.w.HolderName, x.w.HoldKind, x.w.Instruction))
            .ToListAsync(ct);
        // A Plh's rows came in by role; keep those whose step the substitution rule really covers.
        return [.. rows.Where(r => MayAct(r, actor, office) && (filter.Kind is null || KindOf(r) == filter.Kind))];
    }

    public async Task<InboxCounts> CountAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = time.Now;
        var mine = Mine(db, actor, await CaseService.OfficeContextAsync(db, now, ct));
        return new InboxCounts(
            await mine.CountAsync(ct),
            await mine.CountAsync(w => w.DueAt < now, ct),
            await mine.CountAsync(w => w.HolderUserId == actor.UserId, ct));
    }

    private IQueryable<WorkItemRecord> Mine(SopDeskDbContext db, Actor actor, OfficeContext office)
    {
        var roles = actor.Roles.Concat(ActingForRoles(actor, office)).Distinct().ToList();
        var open = db.WorkItems.AsNoTracking().Where(w => w.Status == WorkItemStatus.Open);
        IQueryable<WorkItemRecord> mine = open.Where(w => w.HolderUserId == actor.UserId);
        foreach (var role in roles)
        {
            var pattern = $"%|{role}|%";
            mine = mine.Union(open.Where(w => EF.Functions.Like(w.Roles, pattern)));
        }
        return mine;
    }

    private IQueryable<WorkItemRecord> Filtered(SopDeskDbContext db, IQueryable<WorkItemRecord> items, Actor actor, InboxFilter filter)
    {
        var now = time.Now;
        if (filter.DefinitionId is { } definitionId)
            items = items.Where(w => db.Cases.Any(c => c.Id == w.CaseId && c.DefinitionId == definitionId));
        if (filter.StepId is { } stepId) items = items.Where(w => w.StepId == stepId);
        if (filter.Kind is { } kind)
        {
            var stepIds = catalog.Current.SelectMany(d => d.Steps).Where(s => s.Kind == kind).Select(s => s.Id).Distinct().ToList();
            items = items.Where(w => stepIds.Contains(w.StepId));
        }
        return filter.View switch
        {
            InboxView.Overdue => items.Where(w => w.DueAt < now),
            InboxView.Unclaimed => items.Where(w => w.HolderUserId == null),
            InboxView.Mine => items.Where(w => w.HolderUserId == actor.UserId),
            _ => items,
        };
    }

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
