using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Data;

/// <summary>Between the engine's plain values and the database rows.</summary>
internal static class CaseMapping
{
    /// <param name="chosen">The tally of outcomes chosen on the case's completed items (<see cref="CaseState.Tally"/>).</param>
    public static CaseState ToState(CaseRecord row, WorkItemRecord? open, ImmutableDictionary<string, int>? chosen = null) => new()
    {
        CaseId = row.Id,
        DefinitionId = row.DefinitionId,
        DefinitionHash = row.DefinitionHash,
        Status = row.Status,
        StartedAt = row.StartedAt,
        ClosedAt = row.ClosedAt,
        EndId = row.EndId,
        Data = JsonSerializer.Deserialize<ImmutableDictionary<string, string>>(row.DataJson) ?? ImmutableDictionary<string, string>.Empty,
        Visits = JsonSerializer.Deserialize<ImmutableDictionary<string, int>>(row.VisitsJson) ?? ImmutableDictionary<string, int>.Empty,
        ItemCount = row.ItemCount,
        Chosen = chosen ?? ImmutableDictionary<string, int>.Empty,
        OpenItem = open is null ? null : new WorkItemState
        {
            Id = open.Id,
            Sequence = open.Sequence,
            StepId = open.StepId,
            LaneId = open.LaneId,
            ArrivedAt = open.ArrivedAt,
            DueAt = open.DueAt,
            ApplicantDueAt = open.ApplicantDueAt,
            Visit = open.Visit,
            Holder = HolderOf(open),
            Version = open.Version,
        },
    };

    private static ItemHolder? HolderOf(WorkItemRecord row) =>
        row.HolderUserId is null ? null : new ItemHolder(row.HolderUserId, row.HolderName ?? "", Enum.Parse<HoldKind>(row.HoldKind ?? nameof(HoldKind.Claim)),
            row.HeldSince ?? row.ArrivedAt, row.HeldByUserId, row.HeldByName, row.Instruction, row.SeenAt);

    /// <summary>Copies the engine's holder onto the row (all holder columns, cleared when none).</summary>
    public static void CopyHolder(ItemHolder? holder, WorkItemRecord row)
    {
        row.HolderUserId = holder?.UserId;
        row.HolderName = holder?.Name;
        row.HoldKind = holder?.Kind.ToString();
        row.HeldSince = holder?.Since;
        row.HeldByUserId = holder?.ByUserId;
        row.HeldByName = holder?.ByName;
        row.Instruction = holder?.Instruction;
        row.SeenAt = holder?.SeenAt;
    }

    public static void CopyState(CaseState state, SopDefinition definition, CaseRecord row)
    {
        row.Status = state.Status;
        row.ClosedAt = state.ClosedAt;
        row.EndId = state.EndId;
        row.DataJson = JsonSerializer.Serialize(state.Data);
        row.VisitsJson = JsonSerializer.Serialize(state.Visits);
        row.ItemCount = state.ItemCount;
        row.CurrentStepId = state.OpenItem?.StepId;
        row.CurrentLaneId = state.OpenItem?.LaneId;
        row.CurrentDueAt = state.OpenItem?.DueAt;
        row.ApplicantName = definition.Summary.ApplicantNameField is { } nameField ? state.Data.GetValueOrDefault(nameField, "") : "";
        row.Nik = definition.Summary.NikField is { } nikField ? state.Data.GetValueOrDefault(nikField) : null;
    }

    /// <summary>Marks the item done only if it is still open and unchanged since loaded; returns the rows changed (0 or 1).</summary>
    public static Task<int> CompleteItemAsync(SopDeskDbContext db, CompletedItem done, CancellationToken ct)
    {
        var values = done.Values.IsEmpty ? null : JsonSerializer.Serialize(done.Values);
        return db.WorkItems
            .Where(w => w.Id == done.Item.Id && w.Status == WorkItemStatus.Open && w.Version == done.Item.Version)
            .ExecuteUpdateAsync(set => set
                .SetProperty(w => w.Status, WorkItemStatus.Done)
                .SetProperty(w => w.DoneAt, done.DoneAt)
                .SetProperty(w => w.ActorUserId, done.ActorUserId)
                .SetProperty(w => w.ActorName, done.ActorName)
                .SetProperty(w => w.ActingAs, done.ActingAs)
                .SetProperty(w => w.OutcomeId, done.OutcomeId)
                .SetProperty(w => w.Note, done.Note)
                .SetProperty(w => w.ValuesJson, values)
                .SetProperty(w => w.WorkingMinutes, Minutes(done.WorkingTime))
                .SetProperty(w => w.SlaState, SlaStateOf(done))
                .SetProperty(w => w.Version, w => w.Version + 1), ct);
    }

    /// <summary>Writes the engine's new state onto the case row, without reading it first.</summary>
    public static Task<int> UpdateCaseAsync(SopDeskDbContext db, CaseState state, SopDefinition definition, DateTimeOffset at, CancellationToken ct)
    {
        var row = new CaseRecord();
        CopyState(state, definition, row);
        return db.Cases
            .Where(c => c.Id == state.CaseId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.Status, row.Status)
                .SetProperty(c => c.ClosedAt, row.ClosedAt)
                .SetProperty(c => c.EndId, row.EndId)
                .SetProperty(c => c.DataJson, row.DataJson)
                .SetProperty(c => c.VisitsJson, row.VisitsJson)
                .SetProperty(c => c.ItemCount, row.ItemCount)
                .SetProperty(c => c.CurrentStepId, row.CurrentStepId)
                .SetProperty(c => c.CurrentLaneId, row.CurrentLaneId)
                .SetProperty(c => c.CurrentDueAt, row.CurrentDueAt)
                .SetProperty(c => c.ApplicantName, row.ApplicantName)
                .SetProperty(c => c.Nik, row.Nik)
                .SetProperty(c => c.UpdatedAt, at), ct);
    }

    public static WorkItemRecord NewItem(Guid caseId, WorkItemState item, SopDefinition definition)
    {
        var row = NewRow(caseId, item, definition);
        CopyHolder(item.Holder, row);
        return row;
    }

    private static WorkItemRecord NewRow(Guid caseId, WorkItemState item, SopDefinition definition) => new()
    {
        Id = item.Id,
        CaseId = caseId,
        DefinitionId = definition.Id,
        Sequence = item.Sequence,
        StepId = item.StepId,
        LaneId = item.LaneId,
        Roles = WorkItemRecord.EncodeRoles(definition.Lane(item.LaneId).Roles),
        Visit = item.Visit,
        Status = WorkItemStatus.Open,
        ArrivedAt = item.ArrivedAt,
        DueAt = item.DueAt,
        ApplicantDueAt = item.ApplicantDueAt,
    };

    public static void CopyDone(CompletedItem done, WorkItemRecord item)
    {
        item.Status = WorkItemStatus.Done;
        item.DoneAt = done.DoneAt;
        item.ActorUserId = done.ActorUserId;
        item.ActorName = done.ActorName;
        item.ActingAs = done.ActingAs;
        item.OutcomeId = done.OutcomeId;
        item.Note = done.Note;
        item.ValuesJson = done.Values.IsEmpty ? null : JsonSerializer.Serialize(done.Values);
        item.WorkingMinutes = Minutes(done.WorkingTime);
        item.SlaState = SlaStateOf(done);
    }

    public static int Minutes(TimeSpan workingTime) => (int)Math.Round(workingTime.TotalMinutes);

    /// <summary>A step done late stays marked overdue; one done in time loses a "due soon" mark.</summary>
    private static string? SlaStateOf(CompletedItem done) => done.LateBy is null ? null : nameof(DueState.Overdue);

    public static JournalRecord ToRecord(JournalEntry entry, Guid caseId, string? ipAddress) => new()
    {
        At = entry.At,
        CaseId = caseId,
        ActorUserId = entry.ActorUserId,
        ActorName = entry.ActorName,
        ActingAs = entry.ActingAs,
        Action = entry.Action.ToString(),
        StepId = entry.StepId,
        OutcomeId = entry.OutcomeId,
        Detail = entry.Detail,
        IpAddress = ipAddress,
    };
}
