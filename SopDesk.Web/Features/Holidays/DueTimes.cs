using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Catalog;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Holidays;

/// <summary>How a recompute went: open items with a due time, and how many of them moved.</summary>
public sealed record DueTimeRecompute(int Open, int Moved);

/// <summary>
/// Recomputes the due time of every open work item on a new calendar: the step's target (from the definition
/// version the berkas runs on) counted from the item's arrival, exactly as the engine does on arrival. Items
/// without a due time (the berkas is with the pemohon) keep none; the pemohon's own limit (ApplicantDueAt) moves the same way. The case row's CurrentDueAt mirrors its
/// open item and moves with it.
/// </summary>
public sealed class DueTimes(DefinitionCatalog catalog)
{
    /// <summary>Runs inside the caller's write transaction, so no step completes halfway through.</summary>
    public async Task<DueTimeRecompute> RecomputeAsync(SopDeskDbContext db, WorkingCalendar calendar, CancellationToken ct = default)
    {
        var open = await (from w in db.WorkItems
                          join c in db.Cases on w.CaseId equals c.Id
                          where w.Status == WorkItemStatus.Open && (w.DueAt != null || w.ApplicantDueAt != null)
                          select new { w.Id, w.CaseId, w.StepId, w.ArrivedAt, w.DueAt, w.ApplicantDueAt, c.DefinitionId, c.DefinitionHash })
            .AsNoTracking().ToListAsync(ct);
        var engine = new CaseInterpreter(calendar);
        var definitions = new Dictionary<(string, string), SopDefinition>();
        var moved = 0;
        foreach (var item in open)
        {
            var key = (item.DefinitionId, item.DefinitionHash);
            if (!definitions.TryGetValue(key, out var definition))
                definitions[key] = definition = await catalog.GetVersionAsync(item.DefinitionId, item.DefinitionHash, ct);
            var step = definition.Step(item.StepId);
            var (due, applicantDue) = (engine.DueAt(definition, step, item.ArrivedAt), engine.ApplicantDueAt(definition, step, item.ArrivedAt));
            if (due == item.DueAt && applicantDue == item.ApplicantDueAt) continue;
            // The SLA mark was for the old due time: the watcher's next sweep marks it again on the new one.
            await db.WorkItems.Where(w => w.Id == item.Id).ExecuteUpdateAsync(set => set.SetProperty(w => w.DueAt, due)
                .SetProperty(w => w.ApplicantDueAt, applicantDue).SetProperty(w => w.SlaState, (string?)null), ct);
            await db.Cases.Where(c => c.Id == item.CaseId).ExecuteUpdateAsync(set => set.SetProperty(c => c.CurrentDueAt, due), ct);
            moved++;
        }
        return new DueTimeRecompute(open.Count, moved);
    }
}
