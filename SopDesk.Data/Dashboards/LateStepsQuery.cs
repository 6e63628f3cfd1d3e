using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Dashboards;

/// <summary>A berkas whose step missed its target: done late in the period, or still open past its due time.</summary>
public sealed record LateStep(Guid CaseId, string CaseNumber, string ApplicantName, DateTimeOffset ArrivedAt, DateTimeOffset DueAt,
    DateTimeOffset? DoneAt, string? Officer, int? WorkingMinutes);

/// <summary>The drill-down of the time-per-step dashboard: the late berkas of one step, latest first.</summary>
public static class LateStepsQuery
{
    public static Task<List<LateStep>> ForAsync(SopDeskDbContext db, StepTimesFilter filter, string stepId, DateTimeOffset now, TimeZoneInfo officeZone,
        int take = 200, CancellationToken ct = default)
    {
        var (from, until) = filter.Instants(officeZone);
        var items = db.WorkItems.AsNoTracking().Where(w => w.DefinitionId == filter.DefinitionId && w.StepId == stepId && w.DueAt != null);
        if (filter.LaneId is { } lane) items = items.Where(w => w.LaneId == lane);
        if (filter.ActorUserId is { } actor) items = items.Where(w => w.ActorUserId == actor || w.HolderUserId == actor);
        var doneLate = items.Where(w => w.Status == WorkItemStatus.Done && w.DoneAt >= from && w.DoneAt < until && w.DoneAt > w.DueAt);
        var openLate = items.Where(w => w.Status == WorkItemStatus.Open && w.DueAt < now);
        return doneLate.Concat(openLate)
            .Join(db.Cases, w => w.CaseId, c => c.Id, (w, c) => new { w, c })
            .OrderByDescending(x => x.w.DueAt)
            .Take(take)
            .Select(x => new LateStep(x.c.Id, x.c.Number, x.c.ApplicantName, x.w.ArrivedAt, x.w.DueAt!.Value, x.w.DoneAt,
                x.w.ActorName ?? x.w.HolderName, x.w.WorkingMinutes))
            .ToListAsync(ct);
    }
}
