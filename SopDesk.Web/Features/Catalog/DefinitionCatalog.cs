using System.Collections.Concurrent;
using System.Collections.Immutable;
using SopDesk.Data;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Catalog;

/// <summary>
/// The SOP definitions the office runs: the latest valid version of each file in workflows/, the files
/// that failed to load (with their errors, for administrators), and older versions from the database.
/// </summary>
public sealed class DefinitionCatalog(IServiceScopeFactory scopes, ILogger<DefinitionCatalog> log)
{
    private ImmutableArray<SopDefinition> _current = [];
    // Versions are immutable: parsed once, kept for the app's life (the SLA sweep and the report ask per berkas).
    private readonly ConcurrentDictionary<(string Id, string Hash), SopDefinition> _versions = new();

    public IReadOnlyList<SopDefinition> Current => _current;

    public IReadOnlyDictionary<string, ImmutableArray<DefinitionError>> Failures { get; private set; } =
        ImmutableDictionary<string, ImmutableArray<DefinitionError>>.Empty;

    /// <summary>Version number of each current definition, as stored.</summary>
    public IReadOnlyDictionary<string, int> Versions { get; private set; } = ImmutableDictionary<string, int>.Empty;

    public string? Folder { get; private set; }

    public SopDefinition? Find(string id) => _current.FirstOrDefault(d => d.Id == id);

    /// <summary>Reads the folder, logs each bad file, and stores new versions. A bad file never stops the others.</summary>
    public async Task LoadAsync(string folder, DateTimeOffset now, CancellationToken ct = default)
    {
        Folder = folder;
        var report = SopDefinitionLoader.LoadDirectory(folder);
        foreach (var (file, errors) in report.Failures)
            foreach (var error in errors)
                log.LogError("SOP definition {File} is invalid at {Path}: {Message}", file, error.Path, error.Message);

        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<DefinitionStore>();
        Versions = (await store.SyncAsync(report.Definitions, now, ct)).ToImmutableDictionary();
        _current = [.. report.Definitions.OrderBy(d => d.Header.Nomor, StringComparer.Ordinal)];
        Failures = report.Failures;
        log.LogInformation("Loaded {Count} SOP definitions from {Folder}; {Failed} invalid", _current.Length, folder, Failures.Count);
    }

    /// <summary>The version a case runs on: the current one, or an older one from the database (read once, then cached).</summary>
    public async Task<SopDefinition> GetVersionAsync(string id, string contentHash, CancellationToken ct = default)
    {
        if (Find(id) is { } current && current.ContentHash == contentHash) return current;
        if (_versions.TryGetValue((id, contentHash), out var cached)) return cached;
        using var scope = scopes.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<DefinitionStore>().GetAsync(id, contentHash, ct)
            ?? throw new InvalidOperationException($"Definition {id} version {contentHash} is not stored.");
        return _versions.GetOrAdd((id, contentHash), stored);
    }
}
