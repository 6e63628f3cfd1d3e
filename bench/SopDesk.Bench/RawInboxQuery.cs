using System.Text;
using Microsoft.Data.Sqlite;
using SopDesk.Data.Inbox;

namespace SopDesk.Bench;

/// <summary>
/// The reference: <see cref="OpenItemsQuery"/> written by hand — one open connection, one prepared command per
/// filter shape, rows read by ordinal. What the app's query would cost without EF Core.
/// </summary>
/// <param name="legacySearch">The search shape before round 3 (InboxSpeed's): every search tests each walked item's berkas against the
/// open berkas that match, scanned first (IN). Round 3 starts from few matching berkas and, for many, tests each walked item's berkas row.</param>
public sealed class RawInboxQuery(string connectionString, bool legacySearch = false) : IDisposable
{
    private static readonly Func<DateTimeOffset, long> Encode = SopDesk.Data.StoredTime.ToColumn;
    private static readonly Func<long, DateTimeOffset> Decode = SopDesk.Data.StoredTime.FromColumn;

    private readonly Dictionary<string, SqliteCommand> _commands = [];
    private SqliteConnection? _connection;

    /// <summary>Dated items in due order, then undated ones if the page is not full — as the app does it.</summary>
    public List<InboxItem> Run(InboxScope scope, InboxCriteria criteria)
    {
        if (criteria.Search is { } search && !legacySearch)
        {
            var few = Matching(search);
            if (few.Count <= OpenItemsQuery.FewBerkas) return few.Count == 0 ? [] : Read(scope, criteria, dated: null, few);
        }
        var page = Read(scope, criteria, dated: true);
        if (page.Count < criteria.Take) page.AddRange(Read(scope, criteria with { Take = criteria.Take - page.Count }, dated: false));
        return page;
    }

    /// <summary>The open berkas matching the search, at most one more than <see cref="OpenItemsQuery.FewBerkas"/>.</summary>
    private List<Guid> Matching(string search)
    {
        var command = Prepared("matching", """
            SELECT s.Id FROM Cases AS s WHERE s.Status <> 'Closed' AND (instr(s.Number, $search) > 0 OR s.Nik = $search OR instr(s.ApplicantName, $search) > 0) LIMIT $cap
            """, ["$search", "$cap"]);
        command.Parameters["$search"].Value = search;
        command.Parameters["$cap"].Value = OpenItemsQuery.FewBerkas + 1;
        var ids = new List<Guid>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetGuid(0));
        return ids;
    }

    /// <summary>One page half (dated or not) walking the inbox index, or — <paramref name="dated"/> null — the whole page from the given berkas.</summary>
    private List<InboxItem> Read(InboxScope scope, InboxCriteria criteria, bool? dated, List<Guid>? berkas = null)
    {
        var command = CommandFor(scope, criteria, dated, berkas?.Count ?? 0);
        for (var i = 0; i < (berkas?.Count ?? 0); i++) command.Parameters[$"$case{i}"].Value = berkas![i].ToString().ToUpperInvariant();
        command.Parameters["$user"].Value = scope.UserId;
        var roles = scope.Roles.Distinct().ToList();
        for (var i = 0; i < roles.Count; i++) command.Parameters[$"$role{i}"].Value = $"%|{roles[i]}|%";
        if (criteria.StepId is { } step) command.Parameters["$step"].Value = step;
        if (criteria.View == InboxView.Overdue) command.Parameters["$now"].Value = Encode(scope.Now);
        if (criteria.Search is { } search && berkas is null) command.Parameters["$search"].Value = search;
        if (criteria.DefinitionId is { } definition) command.Parameters["$definition"].Value = definition;
        command.Parameters["$take"].Value = criteria.Take;

        var rows = new List<InboxItem>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            rows.Add(new InboxItem(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                Decode(reader.GetInt64(6)), reader.IsDBNull(7) ? null : Decode(reader.GetInt64(7)),
                Text(reader, 8), Text(reader, 9), Text(reader, 10), Text(reader, 11)));
        return rows;
    }

    private SqliteCommand Prepared(string key, string sql, IEnumerable<string> parameters)
    {
        if (_commands.TryGetValue(key, out var cached)) return cached;
        if (_connection is null)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
        }
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return _commands[key] = command;
    }

    private SqliteCommand CommandFor(InboxScope scope, InboxCriteria criteria, bool? dated, int berkasCount)
    {
        var roleCount = scope.Roles.Distinct().Count();
        var key = $"{dated}|{roleCount}|{criteria.View}|{criteria.StepId is null}|{criteria.Search is null}|{criteria.DefinitionId is null}|{berkasCount}";
        if (_commands.TryGetValue(key, out var cached)) return cached;
        var sql = new StringBuilder("""
            SELECT c.Id, w.Id, c.Number, c.DefinitionId, w.StepId, c.ApplicantName, w.ArrivedAt, w.DueAt, w.HolderUserId, w.HolderName, w.HoldKind, w.Instruction
            FROM WorkItems AS w JOIN Cases AS c ON c.Id = w.CaseId
            WHERE w.Status = 'Open' AND (w.HolderUserId = $user
            """);
        // From the berkas: "not done" keeps SQLite off the open items' partial indexes, as the app does.
        if (berkasCount > 0) sql.Replace("WHERE w.Status = 'Open'", "WHERE w.Status <> 'Done'");
        var parameters = new List<string> { "$user", "$take" };
        for (var i = 0; i < roleCount; i++) { sql.Append($" OR w.Roles LIKE $role{i}"); parameters.Add($"$role{i}"); }
        sql.Append(')');
        if (dated is { } d) sql.Append(d ? " AND w.DueAt IS NOT NULL" : " AND w.DueAt IS NULL");
        if (criteria.DefinitionId is not null) { sql.Append(" AND w.DefinitionId = $definition"); parameters.Add("$definition"); }
        if (criteria.StepId is not null) { sql.Append(" AND w.StepId = $step"); parameters.Add("$step"); }
        if (criteria.View == InboxView.Overdue) parameters.Add("$now");
        if (criteria.Search is not null && berkasCount == 0) parameters.Add("$search");
        sql.Append(criteria.View switch
        {
            InboxView.Overdue => " AND w.DueAt < $now",
            InboxView.Unclaimed => " AND w.HolderUserId IS NULL",
            InboxView.Mine => " AND w.HolderUserId = $user",
            _ => "",
        });
        if (berkasCount > 0)
        {
            sql.Append($" AND w.CaseId IN ({string.Join(", ", Enumerable.Range(0, berkasCount).Select(i => $"$case{i}"))})");
            parameters.AddRange(Enumerable.Range(0, berkasCount).Select(i => $"$case{i}"));
        }
        else if (criteria.Search is not null && !legacySearch)
            sql.Append(" AND (instr(c.Number, $search) > 0 OR c.Nik = $search OR instr(c.ApplicantName, $search) > 0)");
        else if (criteria.Search is not null)
            sql.Append(" AND w.CaseId IN (SELECT s.Id FROM Cases AS s WHERE s.Status <> 'Closed' AND (instr(s.Number, $search) > 0 OR s.Nik = $search OR instr(s.ApplicantName, $search) > 0))");
        sql.Append(dated switch
        {
            true => " ORDER BY w.DueAt, w.ArrivedAt LIMIT $take",
            false => " ORDER BY w.ArrivedAt LIMIT $take",
            // From the berkas: the walk's order in one sort (an expression, so SQLite does not walk the inbox index).
            null => " ORDER BY w.DueAt IS NULL, w.DueAt, w.ArrivedAt LIMIT $take",
        });
        return Prepared(key, sql.ToString(), parameters);
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _connection?.Dispose();
    }
}
