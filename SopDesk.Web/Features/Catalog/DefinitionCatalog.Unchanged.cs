using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Catalog;

public sealed partial class DefinitionCatalog
{
    /// <summary>
    /// The quick start: when every file in <paramref name="folder"/> is, byte for byte, the newest stored version of its SOP,
    /// the catalog is filled from the stored versions (already checked when stored) without the schema and meaning checks
    /// or a write. Answers false, changing nothing, when any file is new, changed, linked, too large or unreadable: then
    /// <see cref="LoadAsync"/> must run. The full check still runs after the start (<see cref="Startup"/>), so an error
    /// a newer build's rules find in an unchanged file still reaches the administrators (decision 033).
    /// </summary>
    public async Task<bool> TryLoadUnchangedAsync(string folder, CancellationToken ct = default)
    {
        if (FolderTexts(folder) is not { } texts) return false;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDeskDbContext>();
        var newest = await db.DefinitionVersions.AsNoTracking()
            .Where(d => d.Version == db.DefinitionVersions.Where(o => o.DefinitionId == d.DefinitionId).Max(o => o.Version))
            .Select(d => new { d.DefinitionId, d.Version, d.ContentHash, d.SourceJson })
            .ToListAsync(ct);
        var byText = newest.GroupBy(n => n.SourceJson, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var matched = new Dictionary<string, (int Version, string Hash)>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (!byText.TryGetValue(text, out var stored) || !matched.TryAdd(stored.DefinitionId, (stored.Version, stored.ContentHash))) return false;
        }

        var store = scope.ServiceProvider.GetRequiredService<DefinitionStore>();
        var served = new List<SopDefinition>();
        foreach (var (id, (_, hash)) in matched)
        {
            if (await StoredOrNullAsync(store, id, hash, ct) is not { } definition) return false;
            served.Add(definition);
        }
        var retired = ImmutableDictionary.CreateBuilder<string, SopDefinition>();
        foreach (var gone in newest.Where(n => !matched.ContainsKey(n.DefinitionId)))
            if (await StoredOrNullAsync(store, gone.DefinitionId, gone.ContentHash, ct) is { } definition) retired[gone.DefinitionId] = definition;

        Folder = folder;
        Versions = matched.ToImmutableDictionary(m => m.Key, m => m.Value.Version);
        _current = [.. served.OrderBy(d => d.Header.Nomor, StringComparer.Ordinal)];
        _retired = retired.ToImmutable();
        Fallbacks = [];
        Failures = ImmutableDictionary<string, ImmutableArray<DefinitionError>>.Empty;
        log.LogInformation("Loaded {Count} SOP definitions from {Folder} unchanged since stored; {Retired} without a file", _current.Length, folder, _retired.Count);
        return true;
    }

    /// <summary>The text of each definition file, or null when one must go through the loader's own checks.</summary>
    private static List<string>? FolderTexts(string folder)
    {
        if (!Directory.Exists(folder)) return null;
        var texts = new List<string>();
        try
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*.json"))
            {
                if (Path.GetFileName(path) == SopDefinitionLoader.SchemaFileName) continue;
                var info = new FileInfo(path);
                // Links and oversized files are the loader's to refuse or resolve.
                if (info.LinkTarget is not null || info.Length > SopDefinitionLoader.MaxFileBytes) return null;
                texts.Add(File.ReadAllText(path));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        return texts;
    }

    private async Task<SopDefinition?> StoredOrNullAsync(DefinitionStore store, string id, string hash, CancellationToken ct)
    {
        try
        {
            return await store.GetAsync(id, hash, ct);
        }
        catch (InvalidOperationException ex)
        {
            log.LogError(ex, "Stored SOP {Id} version {Hash} cannot be read", id, hash);
            return null;
        }
    }
}
