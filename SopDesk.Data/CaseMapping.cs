using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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
            UPDATE "WorkItems" SET "Status" = 'Done', "DoneAt" = @doneAt, "ActorUserId" = @actorUserId, "ActorName" = @actorName,
                "ActingAs" = @actingAs, "OutcomeId" = @outcomeId, "Note" = @note, "ValuesJson" = @values, "WorkingMinutes" = @minutes,
                "SlaState" = @slaState, "Version" = "Version" + 1
            WHERE "Id" = @id AND "Status" = 'Open' AND "Version" = @version
            """, ct,
            ("@doneAt", done.DoneAt), ("@actorUserId", done.ActorUserId), ("@actorName", done.ActorName), ("@actingAs", done.ActingAs),
            ("@outcomeId", done.OutcomeId), ("@note", done.Note), ("@values", done.Values.IsEmpty ? null : JsonSerializer.Serialize(done.Values)),
            ("@minutes", Minutes(done.WorkingTime)), ("@slaState", SlaStateOf(done)), ("@id", done.Item.Id), ("@version", done.Item.Version));

    /// <summary>Writes the engine's new state onto the case row, without reading it first.</summary>
    /// <remarks>
    /// Two statements: the columns no index holds, always; the indexed ones (status, name, NIK) only when they changed.
    /// SQLite rewrites an index entry whenever its column is in the SET list, even with the same value, and every page it
    /// dirties is one more page the commit writes and syncs (decision 034).
    /// </remarks>
    public static async Task UpdateCaseAsync(SopDeskDbContext db, CaseState state, SopDefinition definition, DateTimeOffset at, CancellationToken ct)
    {
        var row = new CaseRecord();
        CopyState(state, definition, row);
        await ExecuteAsync(db, """
            UPDATE "Cases" SET "ClosedAt" = @closedAt, "EndId" = @endId, "DataJson" = @data, "VisitsJson" = @visits,
                "ItemCount" = @itemCount, "CurrentStepId" = @stepId, "CurrentLaneId" = @laneId, "CurrentDueAt" = @dueAt, "UpdatedAt" = @updatedAt
            WHERE "Id" = @id
            """, ct,
            ("@closedAt", row.ClosedAt), ("@endId", row.EndId), ("@data", row.DataJson), ("@visits", row.VisitsJson), ("@itemCount", row.ItemCount),
            ("@stepId", row.CurrentStepId), ("@laneId", row.CurrentLaneId), ("@dueAt", row.CurrentDueAt), ("@updatedAt", at), ("@id", state.CaseId));
        await ExecuteAsync(db, """
            UPDATE "Cases" SET "Status" = @status, "ApplicantName" = @applicantName, "Nik" = @nik
            WHERE "Id" = @id AND ("Status" IS DISTINCT FROM @status OR "ApplicantName" IS DISTINCT FROM @applicantName OR "Nik" IS DISTINCT FROM @nik)
            """, ct,
            ("@status", row.Status.ToString()), ("@applicantName", row.ApplicantName), ("@nik", row.Nik), ("@id", state.CaseId));
    }

    /// <summary>Inserts the step the result opened, as SaveChanges would store the row from <see cref="NewItem"/>.</summary>
    public static Task<int> InsertItemAsync(SopDeskDbContext db, WorkItemRecord row, CancellationToken ct) =>
        ExecuteAsync(db, """
            INSERT INTO "WorkItems" ("Id", "CaseId", "DefinitionId", "Sequence", "StepId", "LaneId", "Roles", "Visit", "Status", "ArrivedAt", "DueAt",
                "ApplicantDueAt", "HolderUserId", "HolderName", "HoldKind", "HeldSince", "HeldByUserId", "HeldByName", "Instruction", "SeenAt", "Version")
            VALUES (@id, @caseId, @definitionId, @sequence, @stepId, @laneId, @roles, @visit, @status, @arrivedAt, @dueAt,
                @applicantDueAt, @holderUserId, @holderName, @holdKind, @heldSince, @heldByUserId, @heldByName, @instruction, @seenAt, @version)
            """, ct,
            ("@id", row.Id), ("@caseId", row.CaseId), ("@definitionId", row.DefinitionId), ("@sequence", row.Sequence), ("@stepId", row.StepId),
            ("@laneId", row.LaneId), ("@roles", row.Roles), ("@visit", row.Visit), ("@status", row.Status.ToString()), ("@arrivedAt", row.ArrivedAt),
            ("@dueAt", row.DueAt), ("@applicantDueAt", row.ApplicantDueAt), ("@holderUserId", row.HolderUserId), ("@holderName", row.HolderName),
            ("@holdKind", row.HoldKind), ("@heldSince", row.HeldSince), ("@heldByUserId", row.HeldByUserId), ("@heldByName", row.HeldByName),
            ("@instruction", row.Instruction), ("@seenAt", row.SeenAt), ("@version", row.Version));

    /// <summary>Appends one journal line, as SaveChanges would store it.</summary>
    public static Task<int> InsertJournalAsync(SopDeskDbContext db, JournalRecord row, CancellationToken ct) =>
        ExecuteAsync(db, """
            INSERT INTO "Journal" ("At", "CaseId", "ActorUserId", "ActorName", "ActingAs", "Action", "StepId", "OutcomeId", "Detail", "IpAddress")
            VALUES (@at, @caseId, @actorUserId, @actorName, @actingAs, @action, @stepId, @outcomeId, @detail, @ipAddress)
            """, ct,
            ("@at", row.At), ("@caseId", row.CaseId), ("@actorUserId", row.ActorUserId), ("@actorName", row.ActorName), ("@actingAs", row.ActingAs),
            ("@action", row.Action), ("@stepId", row.StepId), ("@outcomeId", row.OutcomeId), ("@detail", row.Detail), ("@ipAddress", row.IpAddress));

    /// <summary>The case columns <see cref="ToState"/> reads; <see cref="ReadStateCase"/> reads them back in this order.</summary>
    public const string StateCaseSql = """
        SELECT "Id", "DefinitionId", "DefinitionHash", "Status", "StartedAt", "ClosedAt", "EndId", "DataJson", "VisitsJson", "ItemCount"
        FROM "Cases" WHERE "Id" = @id
        """;

    /// <summary>The case's open item and its completed items with an outcome (the engine's history); read by <see cref="ReadStateItem"/>.</summary>
    public const string StateItemsSql = """
        SELECT "Id", "Sequence", "StepId", "LaneId", "ArrivedAt", "DueAt", "ApplicantDueAt", "Visit", "HolderUserId", "HolderName", "HoldKind",
            "HeldSince", "HeldByUserId", "HeldByName", "Instruction", "SeenAt", "Version", "Status", "OutcomeId"
        FROM "WorkItems" WHERE "CaseId" = @id AND ("Status" = 'Open' OR ("Status" = 'Done' AND "OutcomeId" IS NOT NULL))
        """;

    public static CaseRecord ReadStateCase(DbDataReader r) => new()
    {
        Id = Id(r, 0), DefinitionId = r.GetString(1), DefinitionHash = r.GetString(2), Status = Enum.Parse<CaseStatus>(r.GetString(3)),
        StartedAt = Time(r, 4)!.Value, ClosedAt = Time(r, 5), EndId = Text(r, 6), DataJson = r.GetString(7), VisitsJson = r.GetString(8), ItemCount = r.GetInt32(9),
    };

    public static WorkItemRecord ReadStateItem(DbDataReader r) => new()
    {
        Id = Id(r, 0), Sequence = r.GetInt32(1), StepId = r.GetString(2), LaneId = r.GetString(3), ArrivedAt = Time(r, 4)!.Value,
        DueAt = Time(r, 5), ApplicantDueAt = Time(r, 6), Visit = r.GetInt32(7), HolderUserId = Text(r, 8), HolderName = Text(r, 9), HoldKind = Text(r, 10),
        HeldSince = Time(r, 11), HeldByUserId = Text(r, 12), HeldByName = Text(r, 13), Instruction = Text(r, 14), SeenAt = Time(r, 15), Version = r.GetInt32(16),
        Status = Enum.Parse<WorkItemStatus>(r.GetString(17)), OutcomeId = Text(r, 18),
    };

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>A key as the provider stores it: TEXT on SQLite (upper case), uuid on PostgreSQL.</summary>
    public static Guid Id(DbDataReader r, int i) => r.GetFieldType(i) == typeof(Guid) ? r.GetGuid(i) : Guid.Parse(r.GetString(i));

    /// <summary>An instant as the provider stores it (<see cref="StoredTime"/>): UTC ticks on SQLite, timestamptz on PostgreSQL.</summary>
    public static DateTimeOffset? Time(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : r is SqliteDataReader ? StoredTime.FromColumn(r.GetInt64(i)) : r.GetFieldValue<DateTimeOffset>(i);

    /// <summary>A day as the provider stores it: "yyyy-MM-dd" TEXT on SQLite, date on PostgreSQL.</summary>
    public static DateOnly Day(DbDataReader r, int i) =>
        r is SqliteDataReader ? DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture) : r.GetFieldValue<DateOnly>(i);

    /// <summary>
    /// A command on the context's connection, in its current transaction (if any), each value written as the model stores it on
    /// this provider: on SQLite Guids as upper-case TEXT, instants as UTC ticks, days as "yyyy-MM-dd"; on PostgreSQL as they are,
    /// instants at offset 0. Parameters are named @name, which both providers read.
    /// </summary>
    private static DbCommand Command(SopDeskDbContext db, string sql, (string Name, object? Value)[] parameters)
    {
        var connection = db.Database.GetDbConnection();
        var sqlite = connection is SqliteConnection;
        var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value switch
            {
                null => DBNull.Value,
                Guid id when sqlite => id.ToString().ToUpperInvariant(),
                DateTimeOffset at => StoredTime.ToProvider(at, sqlite),
                DateOnly day when sqlite => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => value,
            };
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>One statement on the context's open connection, inside its current transaction.</summary>
    internal static async Task<int> ExecuteAsync(SopDeskDbContext db, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(db, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>One statement returning one value (e.g. a counter's new value), inside the context's current transaction.</summary>
    internal static async Task<T> ScalarAsync<T>(SopDeskDbContext db, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(db, sql, parameters);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync(ct))!, typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>One query on the context's connection (inside its current transaction, if any), each row read by <paramref name="read"/>.</summary>
    internal static async Task<List<T>> QueryAsync<T>(SopDeskDbContext db, string sql, Func<DbDataReader, T> read, CancellationToken ct,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(db, sql, parameters);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add(read(reader));
        return rows;
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
