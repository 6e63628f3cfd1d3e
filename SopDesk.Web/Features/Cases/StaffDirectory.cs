using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Cases;

/// <summary>Active staff as the engine names them (id, name, roles): targets of a reassignment or disposisi.</summary>
public sealed class StaffDirectory(IDbContextFactory<SopDeskDbContext> contexts)
{
    public async Task<StaffRef?> FindAsync(string userId, CancellationToken ct = default) =>
        (await LoadAsync(userId, ct)).FirstOrDefault();

    public async Task<IReadOnlyList<StaffRef>> AllAsync(CancellationToken ct = default) =>
        [.. (await LoadAsync(null, ct)).OrderBy(s => s.Name)];

    /// <summary>Active staff who may act on <paramref name="step"/> now (own lane, or Plh. under the office's absences).</summary>
    public async Task<IReadOnlyList<StaffRef>> EligibleForAsync(SopDefinition definition, Step step, OfficeContext office, CancellationToken ct = default) =>
        [.. (await LoadAsync(null, ct)).Where(s => LaneAccess.ActingAs(definition, step, s.AsActor(), office) is not null).OrderBy(s => s.Name)];

    private async Task<List<StaffRef>> LoadAsync(string? userId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var users = db.Users.AsNoTracking().Where(u => u.IsActive);
        if (userId is not null) users = users.Where(u => u.Id == userId);
        var rows = await (
            from u in users
            join ur in db.UserRoles on u.Id equals ur.UserId into userRoles
            from ur in userRoles.DefaultIfEmpty()
            join r in db.Roles on ur.RoleId equals r.Id into roles
            from r in roles.DefaultIfEmpty()
            select new { u.Id, u.FullName, Role = r == null ? null : r.Name }).ToListAsync(ct);
        return [.. rows.GroupBy(r => (r.Id, r.FullName)).Select(g =>
            new StaffRef(g.Key.Id, g.Key.FullName, g.Where(r => r.Role != null).Select(r => r.Role!).ToImmutableHashSet()))];
    }
}
