using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Engine;

namespace SopDesk.Data.Inbox;

public sealed record InboxItem(Guid CaseId, Guid WorkItemId, string CaseNumber, string DefinitionId, string StepId, string ApplicantName,
    DateTimeOffset ArrivedAt, DateTimeOffset? DueAt, string? HolderUserId, string? HolderName, string? HoldKind, string? Instruction)
{
    /// <summary>The definition version the berkas runs on: its lane rules decide who may act on the item.</summary>
    public string DefinitionHash { get; init; } = "";
    /// <summary>When the pemohon's own limit on the step runs out; null when the step has none.</summary>
    public DateTimeOffset? ApplicantDueAt { get; init; }
    /// <summary>The berkas's case deadline, when its SOP declares one (computed per page by the caller, not stored).</summary>
    public SopDesk.Workflows.Engine.CaseDeadlineView? CaseDeadline { get; init; }
}

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

/// <summary>How many items an officer has, for the nav bar.</summary>
public sealed record InboxCounts(int Total, int Overdue, int Mine);

/// <summary>Open items of one SOP step (and version, when asked), held by the officer or not: <see cref="OpenItemsQuery.CountByStepAsync"/>.</summary>
public sealed record InboxStepCount(string DefinitionId, string? DefinitionHash, string StepId, bool Held, int Total, int Overdue);

/// <summary>Whose items, seen when: the officer, every role whose lanes they may work (their own and, as Plh, an absent official's).</summary>
public sealed record InboxScope(string UserId, IReadOnlyCollection<string> Roles, DateTimeOffset Now);

/// <summary>The filters of one inbox query. <see cref="StepIds"/>, when set, keeps only those steps (e.g. the sign steps).</summary>
public sealed record InboxCriteria(InboxView View = InboxView.All, string? DefinitionId = null, string? StepId = null, string? Search = null, int Take = InboxCriteria.PageSize)
{
    /// <summary>
    /// One page of the inbox: the soonest due come first and an officer works from the top, so a page of 50 (more on
    /// request) is what a desk needs; each item beyond it costs index entries walked, rows read and circuit memory.
    /// </summary>
    public const int PageSize = 50;

    public IReadOnlyCollection<string>? StepIds { get; init; }
}

/// <summary>
/// The database half of an officer's inbox: open work items in the scope's lanes or held by the officer, filtered,
/// soonest due first (items waiting on the pemohon, with no due time, last, longest waiting first). Each query walks
/// the partial index IX_WorkItems_Open_Inbox in its own order — the lanes are an OR of LIKEs on the item's delimited
/// roles, not a UNION — so SQLite stops at the page size instead of sorting every open item. The inbox benchmark
/// times exactly this code.
/// </summary>
public static class OpenItemsQuery
{
    /// <summary>
    /// A search that matches at most this many open berkas is served from those berkas (each one's items found through
    /// its own index); one that matches more walks the inbox in due order, where the page fills after a short walk.
    /// 200 holds a nomor, a NIK or a name with a surname's start (~150 of 30,000 open berkas at 1M) and keeps a first
    /// name (~1,900) on the walk (decision 039).
    /// </summary>
    public const int FewBerkas = 200;

    /// <summary>
    /// The first <see cref="InboxCriteria.Take"/> items: those with a due time first, then those without one. Without
    /// a search, or with one that matches many berkas, each half walks the inbox index in its order and stops at the
    /// page size (the undated half only if the page is not full). A search first reads its matching berkas, capped
    /// just above <see cref="FewBerkas"/> (a common name reaches the cap after a short stretch of the open berkas'
    /// index); when they are few, the page starts from them.
    /// </summary>
    public static async Task<List<InboxItem>> ListAsync(SopDeskDbContext db, InboxScope scope, InboxCriteria criteria, CancellationToken ct = default)
    {
        if (criteria.Search is { } search)
        {
            var few = await MatchingBerkas(db, search).Take(FewBerkas + 1).ToListAsync(ct);
            if (few.Count <= FewBerkas) return few.Count == 0 ? [] : await FromBerkas(db, scope, criteria, few).ToListAsync(ct);
        }
        var page = await Page(db, scope, criteria, dated: true).ToListAsync(ct);
        if (page.Count < criteria.Take)
            page.AddRange(await Page(db, scope, criteria with { Take = criteria.Take - page.Count }, dated: false).ToListAsync(ct));
        return page;
    }

    /// <summary>
    /// The open berkas whose nomor or name contains the search, or whose NIK is it — through the small covering partial
    /// index IX_Cases_Open_Search. An open item's berkas is never closed (one transaction writes both).
    /// </summary>
    private static IQueryable<Guid> MatchingBerkas(SopDeskDbContext db, string search) =>
        db.Cases.Where(c => c.Status != CaseStatus.Closed)
            .Where(c => c.Number.Contains(search) || c.Nik == search || c.ApplicantName.Contains(search)).Select(c => c.Id);

    /// <summary>
    /// The page from the matching berkas: each berkas's items through IX_WorkItems_CaseId_Sequence (a handful per berkas),
    /// sorted in one query — dated items by due time first, then undated ones, the walk's order. The item's state is
    /// tested as "not done" (the same as open: <see cref="WorkItemStatus"/> has the two values) so that no partial
    /// index on the open items applies: SQLite, without statistics, guesses ~10 rows for their leading Status and would
    /// walk every open item instead of starting from the berkas. Other databases plan by their statistics.
    /// </summary>
    private static IQueryable<InboxItem> FromBerkas(SopDeskDbContext db, InboxScope scope, InboxCriteria criteria, List<Guid> berkas)
    {
        var notDone = db.WorkItems.AsNoTracking().Where(w => w.Status != WorkItemStatus.Done && berkas.Contains(w.CaseId));
        var items = Filtered(notDone, scope, criteria).OrderBy(w => w.DueAt == null).ThenBy(w => w.DueAt).ThenBy(w => w.ArrivedAt);
        return Rows(db, items, criteria.Take);
    }

    /// <summary>
    /// One half of the page (dated or not) in the inbox index's order. A search here matches many berkas (more than
    /// <see cref="FewBerkas"/>), so the page fills after a short walk: each walked item's berkas is read by its key and
    /// its text tested there, which costs less than scanning every open berkas' text first.
    /// </summary>
    private static IQueryable<InboxItem> Page(SopDeskDbContext db, InboxScope scope, InboxCriteria criteria, bool dated)
    {
        var items = Filtered(db, scope, criteria);
        items = dated
            ? items.Where(w => w.DueAt != null).OrderBy(w => w.DueAt).ThenBy(w => w.ArrivedAt)
            : items.Where(w => w.DueAt == null).OrderBy(w => w.ArrivedAt);
        return Rows(db, items, criteria.Take, criteria.Search);
    }

    /// <summary>The first <paramref name="take"/> of the ordered items (whose berkas matches the search, if any), each with its berkas's columns.</summary>
    private static IQueryable<InboxItem> Rows(SopDeskDbContext db, IQueryable<WorkItemRecord> ordered, int take, string? search = null)
    {
        var joined = ordered.Join(db.Cases, w => w.CaseId, c => c.Id, (w, c) => new { w, c });
        if (search is not null)
            joined = joined.Where(x => x.c.Number.Contains(search) || x.c.Nik == search || x.c.ApplicantName.Contains(search));
        return joined.Take(take)
            .Select(x => new InboxItem(x.c.Id, x.w.Id, x.c.Number, x.c.DefinitionId, x.w.StepId, x.c.ApplicantName, x.w.ArrivedAt, x.w.DueAt,
                x.w.HolderUserId, x.w.HolderName, x.w.HoldKind, x.w.Instruction) { DefinitionHash = x.c.DefinitionHash, ApplicantDueAt = x.w.ApplicantDueAt });
    }

    /// <summary>
    /// All, overdue and held-by-me in one pass over the inbox index (index-only: every column it reads is in
    /// IX_WorkItems_Open_Inbox), as plain SUMs — no GROUP BY, no sort, no table rows. A NULL due time or holder
    /// compares to NULL and is not summed, exactly as the list's views leave such items out.
    /// </summary>
    public static async Task<InboxCounts> CountAsync(SopDeskDbContext db, InboxScope scope, CancellationToken ct = default)
    {
        var roles = scope.Roles.Distinct().ToList();
        // PostgreSQL sums no booleans: its counterpart counts with FILTER (and casts the bigint counts to int).
        var sql = new System.Text.StringBuilder(!db.IsSqlite()
            ? """
              SELECT COUNT(*)::int AS "Total", (COUNT(*) FILTER (WHERE "w"."DueAt" < {0}))::int AS "Overdue", (COUNT(*) FILTER (WHERE "w"."HolderUserId" = {1}))::int AS "Mine"
              FROM "WorkItems" AS "w"
              WHERE "w"."Status" = 'Open' AND ("w"."HolderUserId" = {1}
              """
            : """
              SELECT COUNT(*) AS "Total", COALESCE(SUM("w"."DueAt" < {0}), 0) AS "Overdue", COALESCE(SUM("w"."HolderUserId" = {1}), 0) AS "Mine"
              FROM "WorkItems" AS "w"
              WHERE "w"."Status" = 'Open' AND ("w"."HolderUserId" = {1}
              """);
        var parameters = new List<object> { RawSql.Instant(db, scope.Now), scope.UserId };
        foreach (var role in roles)
        {
            sql.Append($" OR \"w\".\"Roles\" LIKE {{{parameters.Count}}}");
            parameters.Add($"%|{role}|%");
        }
        sql.Append(')');
        var counts = await db.Database.SqlQueryRaw<CountRow>(sql.ToString(), [.. parameters]).ToListAsync(ct);
        return counts is [var row] ? new InboxCounts(row.Total, row.Overdue, row.Mine) : new InboxCounts(0, 0, 0);
    }

    /// <summary>
    /// The scope's open items counted per SOP, step and whether the officer holds them — what a lane rule decides
    /// on. Without <paramref name="perVersionOf"/> the groups come from the inbox index alone (no berkas rows);
    /// with it, only those SOPs' items are counted, split by the definition version each berkas runs on.
    /// </summary>
    public static async Task<List<InboxStepCount>> CountByStepAsync(SopDeskDbContext db, InboxScope scope, IReadOnlyCollection<string>? perVersionOf = null,
        CancellationToken ct = default)
    {
        var (now, userId) = (scope.Now, scope.UserId);
        var items = Open(db, scope);
        if (perVersionOf is null)
            return await items
                .GroupBy(w => new { w.DefinitionId, w.StepId, Held = w.HolderUserId == userId })
                .Select(g => new InboxStepCount(g.Key.DefinitionId, null, g.Key.StepId, g.Key.Held, g.Count(), g.Count(w => w.DueAt < now)))
                .ToListAsync(ct);
        return await items.Where(w => perVersionOf.Contains(w.DefinitionId))
            .Join(db.Cases, w => w.CaseId, c => c.Id, (w, c) => new { w.DefinitionId, c.DefinitionHash, w.StepId, w.HolderUserId, w.DueAt })
            .GroupBy(x => new { x.DefinitionId, x.DefinitionHash, x.StepId, Held = x.HolderUserId == userId })
            .Select(g => new InboxStepCount(g.Key.DefinitionId, g.Key.DefinitionHash, g.Key.StepId, g.Key.Held, g.Count(), g.Count(x => x.DueAt < now)))
            .ToListAsync(ct);
    }

    private sealed class CountRow
    {
        public int Total { get; init; }
        public int Overdue { get; init; }
        public int Mine { get; init; }
    }

    private static IQueryable<WorkItemRecord> Filtered(SopDeskDbContext db, InboxScope scope, InboxCriteria criteria) =>
        Filtered(db.WorkItems.AsNoTracking().Where(w => w.Status == WorkItemStatus.Open), scope, criteria);

    /// <summary>The scope's items among <paramref name="open"/>, narrowed by the criteria's SOP, steps and view.</summary>
    private static IQueryable<WorkItemRecord> Filtered(IQueryable<WorkItemRecord> open, InboxScope scope, InboxCriteria criteria)
    {
        var items = open.Where(InScope(scope));
        if (criteria.DefinitionId is { } definitionId) items = items.Where(w => w.DefinitionId == definitionId);
        if (criteria.StepId is { } stepId) items = items.Where(w => w.StepId == stepId);
        if (criteria.StepIds is { } stepIds) items = items.Where(w => stepIds.Contains(w.StepId));
        var (now, userId) = (scope.Now, scope.UserId);
        return criteria.View switch
        {
            InboxView.Overdue => items.Where(w => w.DueAt < now),
            InboxView.Unclaimed => items.Where(w => w.HolderUserId == null),
            InboxView.Mine => items.Where(w => w.HolderUserId == userId),
            _ => items,
        };
    }

    /// <summary>Open items held by the officer or in a lane of one of the scope's roles.</summary>
    private static IQueryable<WorkItemRecord> Open(SopDeskDbContext db, InboxScope scope) =>
        db.WorkItems.AsNoTracking().Where(w => w.Status == WorkItemStatus.Open).Where(InScope(scope));

    // w.HolderUserId == userId || w.Roles LIKE '%|role1|%' || …, built once per query so SQL gets plain ORs.
    private static Expression<Func<WorkItemRecord, bool>> InScope(InboxScope scope)
    {
        var w = Expression.Parameter(typeof(WorkItemRecord), "w");
        var userId = scope.UserId;
        Expression<Func<WorkItemRecord, bool>> held = x => x.HolderUserId == userId;
        var body = Expression.Invoke(held, w) as Expression;
        foreach (var pattern in scope.Roles.Distinct().Select(r => $"%|{r}|%"))
        {
            Expression<Func<WorkItemRecord, bool>> inLane = x => EF.Functions.Like(x.Roles, pattern);
            body = Expression.OrElse(body, Expression.Invoke(inLane, w));
        }
        return Expression.Lambda<Func<WorkItemRecord, bool>>(body, w);
    }
}
