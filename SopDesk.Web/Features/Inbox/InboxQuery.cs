using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Inbox;

public sealed record InboxItem(Guid CaseId, Guid WorkItemId, string CaseNumber, string DefinitionId, string StepId, string ApplicantName,
    DateTimeOffset ArrivedAt, DateTimeOffset? DueAt);

/// <summary>The open work items in the lanes an officer holds, soonest due first.</summary>
public sealed class InboxQuery(IDbContextFactory<SopDeskDbContext> contexts)
{
    public async Task<IReadOnlyList<InboxItem>> ForAsync(Actor actor, int take = 200, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var open = db.WorkItems.AsNoTracking().Where(w => w.Status == WorkItemStatus.Open);
        IQueryable<WorkItemRecord>? mine = null;
        foreach (var role in actor.Roles)
        {
            var pattern = $"%|{role}|%";
            var forRole = open.Where(w => EF.Functions.Like(w.Roles, pattern));
            mine = mine is null ? forRole : mine.Union(forRole);
        }
        if (mine is null) return [];
        return await mine
            .Join(db.Cases, w => w.CaseId, c => c.Id, (w, c) => new { w, c })
            .OrderBy(x => x.w.DueAt == null).ThenBy(x => x.w.DueAt)
            .Take(take)
            .Select(x => new InboxItem(x.c.Id, x.w.Id, x.c.Number, x.c.DefinitionId, x.w.StepId, x.c.ApplicantName, x.w.ArrivedAt, x.w.DueAt))
            .ToListAsync(ct);
    }
}
