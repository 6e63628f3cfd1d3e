using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Dashboards;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Data;

public sealed partial class CaseStore
{
    /// <summary>What a finished step adds besides its own row: its lateness and its place in the dashboards' rollup.</summary>
    private async Task RecordFinishedAsync(CompletedItem done, Guid caseId, SopDefinition definition, TimeZoneInfo officeZone, CancellationToken ct)
    {
        var since = Mark();
        await RecordLatenessAsync(done, caseId, definition, ct);
        Took(WritePart.Lateness, since);
        since = Mark();
        await StepTimeRollup.AddAsync(db, new FinishedStep(definition.Id, done.Item.StepId, done.Item.LaneId, done.ActorUserId, done.DoneAt, done.Item.DueAt,
            CaseMapping.Minutes(done.WorkingTime)), officeZone, ct);
        Took(WritePart.Rollup, since);
    }

    /// <summary>
    /// A step finished past its due time: resolve the breach the watcher recorded, or record it now if the watcher
    /// never saw it open and late (the app was down, or the step went late and was done between two sweeps).
    /// Same transaction as the step, so a breach is never lost nor counted twice.
    /// </summary>
    private async Task RecordLatenessAsync(CompletedItem done, Guid caseId, SopDefinition definition, CancellationToken ct)
    {
        var step = definition.Step(done.Item.StepId);
        if (done.LateBy is not { } late || done.Item.DueAt is not { } due || !step.CountsAgainstOffice) return;
        var key = SlaBreachRecord.ItemKey(done.Item.Id);
        var breach = await db.SlaBreaches.FirstOrDefaultAsync(b => b.Key == key, ct);
        if (breach is null)
        {
            breach = NewStepBreach(caseId, done.Item.Id, definition.Id, step, due, done.DoneAt, done.Item.Holder?.UserId, done.Item.Holder?.Name);
            db.SlaBreaches.Add(breach);
        }
        breach.ResolvedAt = done.DoneAt;
        breach.ActualWorkingMinutes = CaseMapping.Minutes(done.WorkingTime);
        breach.LateWorkingMinutes = CaseMapping.Minutes(late);
    }

    /// <summary>The breach row of a step that is late, as first seen at <paramref name="detectedAt"/>.</summary>
    public static SlaBreachRecord NewStepBreach(Guid caseId, Guid workItemId, string definitionId, Step step, DateTimeOffset due, DateTimeOffset detectedAt,
        string? holderUserId, string? holderName) => new()
    {
        Key = SlaBreachRecord.ItemKey(workItemId),
        Kind = SlaBreachKind.Step,
        CaseId = caseId,
        WorkItemId = workItemId,
        DefinitionId = definitionId,
        StepId = step.Id,
        LaneId = step.Lane,
        Target = step.Waktu.Text,
        DueAt = due,
        DetectedAt = detectedAt,
        HolderUserId = holderUserId,
        HolderName = holderName,
    };
}
