using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
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
    /// <remarks>
    /// Plain parameterized SQL on the step's own connection and transaction: the hot path of every step, where EF's
    /// ExecuteUpdate spent more time matching its expression tree than SQLite spent on the row (decision 028).
    /// </remarks>
    public static Task<int> CompleteItemAsync(SopDeskDbContext db, CompletedItem done, CancellationToken ct) =>
        ExecuteAsync(db, """
            UPDATE "WorkItems" SET "Status" = 'Done', "DoneAt" = $doneAt, "ActorUserId" = $actorUserId, "ActorName" = $actorName,
                "ActingAs" = $actingAs, "OutcomeId" = $outcomeId, "Note" = $note, "ValuesJson" = $values, "WorkingMinutes" = $minutes,
                "SlaState" = $slaState, "Version" = "Version" + 1
            WHERE "Id" = $id AND "Status" = 'Open' AND "Version" = $version
            """, ct,
            ("$doneAt", Binary(done.DoneAt)), ("$actorUserId", done.ActorUserId), ("$actorName", done.ActorName), ("$actingAs", done.ActingAs),
            ("$outcomeId", done.OutcomeId), ("$note", done.Note), ("$values", done.Values.IsEmpty ? null : JsonSerializer.Serialize(done.Values)),
            ("$minutes", Minutes(done.WorkingTime)), ("$slaState", SlaStateOf(done)), ("$id", done.Item.Id), ("$version", done.Item.Version));

    /// <summary>Writes the engine's new state onto the case row, without reading it first.</summary>
    public static Task<int> UpdateCaseAsync(SopDeskDbContext db, CaseState state, SopDefinition definition, DateTimeOffset at, CancellationToken ct)
    {
        var row = new CaseRecord();
        CopyState(state, definition, row);
        return ExecuteAsync(db, """
            UPDATE "Cases" SET "Status" = $status, "ClosedAt" = $closedAt, "EndId" = $endId, "DataJson" = $data, "VisitsJson" = $visits,
                "ItemCount" = $itemCount, "CurrentStepId" = $stepId, "CurrentLaneId" = $laneId, "CurrentDueAt" = $dueAt,
                "ApplicantName" = $applicantName, "Nik" = $nik, "UpdatedAt" = $updatedAt
            WHERE "Id" = $id
            """, ct,
            ("$status", row.Status.ToString()), ("$closedAt", Binary(row.ClosedAt)), ("$endId", row.EndId), ("$data", row.DataJson),
            ("$visits", row.VisitsJson), ("$itemCount", row.ItemCount), ("$stepId", row.CurrentStepId), ("$laneId", row.CurrentLaneId),
            ("$dueAt", Binary(row.CurrentDueAt)), ("$applicantName", row.ApplicantName), ("$nik", row.Nik), ("$updatedAt", Binary(at)), ("$id", state.CaseId));
    }

    /// <summary>A time as the model stores it (<see cref="DateTimeOffsetToBinaryConverter"/>, see <see cref="SopDeskDbContext"/>).</summary>
    private static long? Binary(DateTimeOffset? at) => at is { } value ? (long)TimeColumn.ConvertToProvider(value)! : null;

    private static readonly DateTimeOffsetToBinaryConverter TimeColumn = new();

    /// <summary>One statement on the context's open connection, inside its current transaction.</summary>
    internal static async Task<int> ExecuteAsync(SopDeskDbContext db, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value switch { null => DBNull.Value, Guid id => id.ToString().ToUpperInvariant(), _ => value });
        return await command.ExecuteNonQueryAsync(ct);
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
