using SopDesk.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Catalog;

/// <summary>The definitions the office runs now: the current version of each file and every older version an open berkas still runs on.</summary>
public sealed class DefinitionsInUse(DefinitionCatalog catalog, IDbContextFactory<SopDeskDbContext> contexts)
{
    public async Task<IReadOnlyList<SopDefinition>> AllAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var versions = await db.Cases.AsNoTracking().Where(c => c.Status != CaseStatus.Closed)
            .Select(c => new { c.DefinitionId, c.DefinitionHash }).Distinct().ToListAsync(ct);
        var older = new List<SopDefinition>();
        foreach (var v in versions.Where(v => catalog.Find(v.DefinitionId)?.ContentHash != v.DefinitionHash))
            older.Add(await catalog.GetVersionAsync(v.DefinitionId, v.DefinitionHash, ct));
        return [.. catalog.Current, .. older];
    }

    /// <summary>Every role a lane of these definitions names.</summary>
    public async Task<IReadOnlySet<string>> LaneRolesAsync(CancellationToken ct = default) =>
        (await AllAsync(ct)).SelectMany(d => d.Lanes).SelectMany(l => l.Roles).ToHashSet();
}
