using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Web.Features.Catalog;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Office;

/// <summary>A role the office can give: its id and Indonesian name (the id when the profile names none).</summary>
public sealed record OfficeRole(string Id, string Name);

/// <summary>A lane role no active officer holds, and the steps nobody can therefore take (no other role of the lane held).</summary>
public sealed record UnheldRole(string Role, string Name, IReadOnlyList<string> BlockedSteps);

/// <summary>
/// The set of roles is data: every lane role the loaded SOP files declare (current versions and the versions open berkas
/// still run on) plus the roles the office profile names (the administrator, and any other of the office's own).
/// </summary>
public sealed class OfficeRoles(DefinitionsInUse definitions, OfficeProfileService office, IDbContextFactory<SopDeskDbContext> contexts)
{
    public async Task<IReadOnlyList<OfficeRole>> AllAsync(CancellationToken ct = default)
    {
        var profile = office.Current;
        var ids = (await definitions.LaneRolesAsync(ct)).Concat(profile.RoleNames.Keys).Distinct();
        return [.. ids.Select(id => new OfficeRole(id, profile.NameOf(id))).OrderBy(r => r.Name, StringComparer.Ordinal)];
    }

    /// <summary>The role ids an administrator may give.</summary>
    public async Task<IReadOnlySet<string>> IdsAsync(CancellationToken ct = default) => (await AllAsync(ct)).Select(r => r.Id).ToHashSet();

    /// <summary>The lane roles of <paramref name="definitions"/> that no active officer holds, with the steps they block.</summary>
    public async Task<IReadOnlyList<UnheldRole>> UnheldAsync(IEnumerable<SopDefinition> sops, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var held = (await (from u in db.Users
                           join link in db.UserRoles on u.Id equals link.UserId
                           join role in db.Roles on link.RoleId equals role.Id
                           where u.IsActive
                           select role.Name).Distinct().ToListAsync(ct)).ToHashSet();
        var blocked = sops
            .SelectMany(d => d.Lanes.Where(l => !l.Roles.Any(held.Contains))
                .SelectMany(l => l.Roles.Where(r => !held.Contains(r)).SelectMany(r => d.Steps.Where(s => s.Lane == l.Id)
                    .Select(s => (Role: r, Step: $"{d.Header.Nomor} langkah {s.Number} \"{s.Kegiatan}\"")))))
            .ToLookup(x => x.Role, x => x.Step);
        return [.. blocked.Select(g => new UnheldRole(g.Key, office.Current.NameOf(g.Key), [.. g.Distinct()])).OrderBy(u => u.Role, StringComparer.Ordinal)];
    }
}
