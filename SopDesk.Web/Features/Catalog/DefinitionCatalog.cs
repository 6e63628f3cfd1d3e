using System.Collections.Concurrent;
using System.Collections.Immutable;
using SopDesk.Data;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Catalog;

/// <summary>A SOP whose file was refused, served from its newest stored version instead.</summary>
public sealed record ServedInstead(string DefinitionId, int Version, DateTimeOffset StoredAt, IReadOnlyList<string> RefusedFiles);

/// <summary>
/// The SOP definitions the office runs: the latest valid version of each file in workflows/, the files
/// that failed to load (with their errors, for administrators), and older versions from the database.
/// </summary>
/// <remarks>
/// Two questions, two members: <see cref="Find"/> / <see cref="Current"/> answer "which SOPs are served —
/// may a new berkas start on it?"; <see cref="Display"/> / <see cref="Displayable"/> answer "what do we
/// show for this id?", which also covers a SOP whose file was removed (its newest stored version), so
/// its berkas, inbox rows and register stay readable.
/// </remarks>
public sealed partial class DefinitionCatalog(IServiceScopeFactory scopes, ILogger<DefinitionCatalog> log)
{
    private ImmutableArray<SopDefinition> _current = [];
    private ImmutableDictionary<string, SopDefinition> _retired = ImmutableDictionary<string, SopDefinition>.Empty;
    // Versions are immutable: parsed once, kept for the app's life (the SLA sweep and the report ask per berkas).
    private readonly ConcurrentDictionary<(string Id, string Hash), SopDefinition> _versions = new();

    /// <summary>The SOPs served: each valid file, and for a refused file of a known id its newest stored version.</summary>
    public IReadOnlyList<SopDefinition> Current => _current;

    /// <summary>Served SOPs, then SOPs whose file is gone (newest stored version): everything a page may name.</summary>
    public IReadOnlyList<SopDefinition> Displayable => [.. _current, .. _retired.Values.OrderBy(d => d.Header.Nomor, StringComparer.Ordinal)];

    /// <summary>SOPs with stored versions but no file any more: readable, not offered for new berkas.</summary>
    public IReadOnlyList<SopDefinition> Retired => [.. _retired.Values.OrderBy(d => d.Header.Nomor, StringComparer.Ordinal)];

    public IReadOnlyDictionary<string, ImmutableArray<DefinitionError>> Failures { get; private set; } =
        ImmutableDictionary<string, ImmutableArray<DefinitionError>>.Empty;

    /// <summary>SOPs whose file was refused and whose newest stored version is served instead.</summary>
    public IReadOnlyList<ServedInstead> Fallbacks { get; private set; } = [];

    /// <summary>Version number of each current definition, as stored.</summary>
    public IReadOnlyDictionary<string, int> Versions { get; private set; } = ImmutableDictionary<string, int>.Empty;

    public string? Folder { get; private set; }

    /// <summary>The served definition of <paramref name="id"/>, the one a new berkas starts on; null if not served.</summary>
    public SopDefinition? Find(string id) => _current.FirstOrDefault(d => d.Id == id);

    /// <summary>The definition to show for <paramref name="id"/>: the served one, else the newest stored one; null if never known.</summary>
    public SopDefinition? Display(string id) => Find(id) ?? _retired.GetValueOrDefault(id);

    /// <summary>
    /// Reads the folder, logs each bad file, and stores new versions. A bad file never stops the others,
    /// and a refused file of a stored SOP leaves that SOP served on its newest stored version.
    /// </summary>
    public async Task LoadAsync(string folder, DateTimeOffset now, CancellationToken ct = default)
    {
        Folder = folder;
        var report = SopDefinitionLoader.LoadDirectory(folder);
        foreach (var error in report.AllErrors)
            log.LogError("SOP definition {File} is invalid at {Path}: {Message}", error.File, error.Path, error.Message);

        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<DefinitionStore>();
        var versions = new Dictionary<string, int>(await store.SyncAsync(report.Definitions, now, ct));
        var served = report.Definitions.ToList();
        var fallbacks = new List<ServedInstead>();
        var retired = ImmutableDictionary.CreateBuilder<string, SopDefinition>();
        var refusedFiles = report.RefusedIds.GroupBy(r => r.Value).ToDictionary(g => g.Key, g => g.Select(r => r.Key).Order().ToList());
        foreach (var stored in await store.NewestAsync(ct))
        {
            if (versions.ContainsKey(stored.DefinitionId)) continue;
            var definition = await StoredOrNullAsync(store, stored, ct);
            if (definition is null) continue;
            if (refusedFiles.TryGetValue(stored.DefinitionId, out var files))
            {
                served.Add(definition);
                versions[stored.DefinitionId] = stored.Version;
                fallbacks.Add(new ServedInstead(stored.DefinitionId, stored.Version, stored.LoadedAt, files));
                log.LogWarning("SOP {Id}: file(s) {Files} refused; serving stored version {Version}", stored.DefinitionId, string.Join(", ", files), stored.Version);
            }
            else retired[stored.DefinitionId] = definition;
        }
        Versions = versions.ToImmutableDictionary();
        _current = [.. served.OrderBy(d => d.Header.Nomor, StringComparer.Ordinal)];
        _retired = retired.ToImmutable();
        Fallbacks = fallbacks;
        Failures = report.Failures;
        log.LogInformation("Loaded {Count} SOP definitions from {Folder}; {Failed} invalid, {Fallbacks} served from a stored version, {Retired} without a file",
            _current.Length, folder, Failures.Count, fallbacks.Count, _retired.Count);
    }

    /// <summary>A stored version that no longer passes today's checks is left out (logged), never a failed start.</summary>
    private async Task<SopDefinition?> StoredOrNullAsync(DefinitionStore store, StoredVersion stored, CancellationToken ct)
    {
        try
        {
            return await store.GetAsync(stored.DefinitionId, stored.ContentHash, ct);
        }
        catch (InvalidOperationException ex)
        {
            log.LogError(ex, "Stored SOP {Id} version {Version} cannot be read", stored.DefinitionId, stored.Version);
            return null;
        }
    }

    /// <summary>The version a case runs on: the current one, or an older one from the database (read once, then cached).</summary>
    public async Task<SopDefinition> GetVersionAsync(string id, string contentHash, CancellationToken ct = default)
    {
        if (Display(id) is { } known && known.ContentHash == contentHash) return known;
        if (_versions.TryGetValue((id, contentHash), out var cached)) return cached;
        using var scope = scopes.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<DefinitionStore>().GetAsync(id, contentHash, ct)
            ?? throw new InvalidOperationException($"Definition {id} version {contentHash} is not stored.");
        return _versions.GetOrAdd((id, contentHash), stored);
    }
}
