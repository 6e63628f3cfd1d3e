using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Data;

/// <summary>
/// Keeps every version of every SOP definition: the JSON text per content hash, numbered 1, 2, … per SOP.
/// A case runs on the version it started with, even after the file in workflows/ changed.
/// </summary>
public sealed class DefinitionStore(SopDeskDbContext db)
{
    // A (id, hash) pair names immutable content, so a process-wide cache is always right.
    private static readonly ConcurrentDictionary<(string Id, string Hash), SopDefinition> Parsed = new();

    /// <summary>Records each definition not stored yet as a new version; returns the version number of each.</summary>
    public async Task<IReadOnlyDictionary<string, int>> SyncAsync(IEnumerable<SopDefinition> definitions, DateTimeOffset now, CancellationToken ct = default)
    {
        var versions = new Dictionary<string, int>();
        foreach (var definition in definitions)
        {
            // Two of one id would collide on the unique (id, version) key: the loader refuses them before this.
            if (versions.ContainsKey(definition.Id))
                throw new ArgumentException($"Definition '{definition.Id}' is given twice; refuse duplicates before storing.", nameof(definitions));
            Parsed.TryAdd((definition.Id, definition.ContentHash), definition);
            var known = await db.DefinitionVersions.AsNoTracking()
                .Where(d => d.DefinitionId == definition.Id)
                .Select(d => new { d.Version, d.ContentHash })
                .ToListAsync(ct);
            var same = known.FirstOrDefault(k => k.ContentHash == definition.ContentHash);
            if (same is not null)
            {
                versions[definition.Id] = same.Version;
                continue;
            }
            var version = known.Count == 0 ? 1 : known.Max(k => k.Version) + 1;
            db.DefinitionVersions.Add(new DefinitionVersionRecord
            {
                DefinitionId = definition.Id,
                Version = version,
                ContentHash = definition.ContentHash,
                Nomor = definition.Header.Nomor,
                Nama = definition.Header.Nama,
                SourceJson = definition.SourceJson,
                LoadedAt = now,
            });
            versions[definition.Id] = version;
        }
        await db.SaveChangesAsync(ct);
        return versions;
    }

    /// <summary>The definition a case started on, parsed from the stored text; null if never stored.</summary>
    public async Task<SopDefinition?> GetAsync(string definitionId, string contentHash, CancellationToken ct = default)
    {
        if (Parsed.TryGetValue((definitionId, contentHash), out var cached)) return cached;
        var row = await db.DefinitionVersions.AsNoTracking()
            .FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.ContentHash == contentHash, ct);
        if (row is null) return null;
        var (definition, errors) = SopDefinitionLoader.ParseStored($"{definitionId} versi {row.Version} (database)", row.SourceJson);
        if (definition is null)
            throw new InvalidOperationException($"Stored definition {definitionId} v{row.Version} no longer parses: {string.Join("; ", errors)}");
        return Parsed.GetOrAdd((definitionId, contentHash), definition);
    }

    /// <summary>The newest stored version of each SOP id (its number and content hash), whether or not a file still declares it.</summary>
    public async Task<IReadOnlyList<StoredVersion>> NewestAsync(CancellationToken ct = default)
    {
        var all = await db.DefinitionVersions.AsNoTracking()
            .Select(d => new StoredVersion(d.DefinitionId, d.Version, d.ContentHash, d.LoadedAt)).ToListAsync(ct);
        return [.. all.GroupBy(v => v.DefinitionId).Select(g => g.MaxBy(v => v.Version)!)];
    }

    public async Task<IReadOnlyList<DefinitionVersionRecord>> VersionsAsync(string definitionId, CancellationToken ct = default) =>
        await db.DefinitionVersions.AsNoTracking().Where(d => d.DefinitionId == definitionId).OrderBy(d => d.Version).ToListAsync(ct);
}

/// <summary>One stored version of a SOP: which, its number, its content hash and when it was first loaded.</summary>
public sealed record StoredVersion(string DefinitionId, int Version, string ContentHash, DateTimeOffset LoadedAt);
