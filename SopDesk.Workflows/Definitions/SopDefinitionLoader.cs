using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SopDesk.Workflows.Definitions;

/// <summary>One problem in one definition file: which file, where in it (JSON path), what is wrong.</summary>
public sealed record DefinitionError(string File, string Path, string Message)
{
    public override string ToString() => $"{File}: {Path}: {Message}";
}

/// <summary>The outcome of loading a folder: the good definitions, and each bad file with its errors.</summary>
public sealed record DefinitionLoadReport(
    ImmutableArray<SopDefinition> Definitions,
    ImmutableDictionary<string, ImmutableArray<DefinitionError>> Failures)
{
    /// <summary>The SOP id each refused file declares, where its JSON could be read (file name → id).</summary>
    public ImmutableDictionary<string, string> RefusedIds { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Every error of every refused file, in file order.</summary>
    public IEnumerable<DefinitionError> AllErrors => Failures.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value);
}

/// <summary>
/// Reads SOP definition files in three passes: JSON Schema validation (<see cref="SopSchema"/>),
/// deserialization into <see cref="SopDefinition"/>, then semantic checks
/// (<see cref="SopDefinitionValidator"/>). A bad file never stops the others from loading, and no file
/// can stall the load: size is checked before reading, steps are counted before any check runs.
/// </summary>
public static class SopDefinitionLoader
{
    public const string SchemaFileName = "sop.schema.json";

    /// <summary>The largest file read (the six real files are 6–14 KB); a larger one is refused unread.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>The most steps one SOP may have (the paper SOPs have 5–12).</summary>
    public const int MaxSteps = 200;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>
    /// Loads every *.json file of <paramref name="directory"/> except the schema. Files that declare the
    /// same SOP id are all refused (each error names every file): which one is meant cannot be guessed.
    /// </summary>
    public static DefinitionLoadReport LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            return new([], ImmutableDictionary<string, ImmutableArray<DefinitionError>>.Empty
                .Add(directory, [new DefinitionError(directory, "$", "folder definisi tidak ditemukan")]));
        var root = RealFolder(directory);
        var files = new List<(string Name, SopDefinition? Definition, ImmutableArray<DefinitionError> Errors, string? Id)>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name == SchemaFileName) continue;
            var (json, refusal) = ReadFile(name, path, root);
            if (refusal is not null) files.Add((name, null, [refusal], null));
            else
            {
                var (definition, errors, id) = ParseWithId(name, json!);
                files.Add((name, definition, errors, id));
            }
        }

        var duplicated = files.Where(f => f.Id is not null).GroupBy(f => f.Id!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Name).ToList(), StringComparer.Ordinal);
        var definitions = ImmutableArray.CreateBuilder<SopDefinition>();
        var failures = ImmutableDictionary.CreateBuilder<string, ImmutableArray<DefinitionError>>();
        var refusedIds = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var (name, definition, errors, id) in files)
        {
            if (id is not null && duplicated.TryGetValue(id, out var names))
            {
                var duplicate = new DefinitionError(name, "$.id",
                    $"id SOP '{id}' dipakai oleh lebih dari satu berkas ({string.Join(", ", names)}); semua berkas dengan id ini ditolak sampai hanya satu yang tersisa");
                failures[name] = [duplicate, .. errors];
            }
            else if (definition is not null)
            {
                definitions.Add(definition);
                continue;
            }
            else failures[name] = errors;
            if (id is not null) refusedIds[name] = id;
        }
        return new(definitions.ToImmutable(), failures.ToImmutable()) { RefusedIds = refusedIds.ToImmutable() };
    }

    /// <summary>
    /// Parses one file's text; <paramref name="fileName"/> is used in error messages. Returns the
    /// definition and no errors, or no definition and at least one error. Never throws for bad content.
    /// </summary>
    public static (SopDefinition? Definition, ImmutableArray<DefinitionError> Errors) Parse(string fileName, string json)
    {
        var (definition, errors, _) = ParseWithId(fileName, json);
        return (definition, errors);
    }

    /// <summary>
    /// Reads back a version the database stored. It passed the checks of its day when it was loaded, so it is only
    /// deserialized: a rule added since (a new cap, a new meaning check) must not strand the berkas that run on it.
    /// </summary>
    public static (SopDefinition? Definition, ImmutableArray<DefinitionError> Errors) ParseStored(string name, string json)
    {
        try
        {
            if (JsonNode.Parse(json, documentOptions: DocumentOptions) is not JsonObject obj)
                return Failed(name, "$", "versi tersimpan bukan satu objek JSON");
            var copy = (JsonObject)obj.DeepClone();
            copy["contentHash"] = ContentHash(obj);
            copy["sourceJson"] = json;
            return copy.Deserialize<SopDefinition>(SopJson.Options) is { } definition ? (definition, []) : Failed(name, "$", "definisi kosong");
        }
        catch (JsonException ex)
        {
            return Failed(name, ex.Path ?? "$", DeserializationMessage(ex));
        }
    }

    /// <summary>As <see cref="Parse"/>, plus the SOP id the text declares when it is JSON with a text "id".</summary>
    private static (SopDefinition?, ImmutableArray<DefinitionError>, string? Id) ParseWithId(string fileName, string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            // Only the place, never the text: the file may not be a definition at all (a linked /etc/passwd).
            var where = ex.LineNumber is { } line ? $" (baris {line + 1}, posisi {ex.BytePositionInLine + 1})" : "";
            return (null, [new DefinitionError(fileName, "$", $"bukan JSON yang valid{where}")], null);
        }
        if (node is not JsonObject obj)
            return (null, [new DefinitionError(fileName, "$", "berkas harus berisi satu objek JSON { … }")], null);
        var id = obj["id"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        var (definition, errors) = ParseObject(fileName, json, obj);
        return (definition, errors, id);
    }

    private static (SopDefinition?, ImmutableArray<DefinitionError>) ParseObject(string fileName, string json, JsonObject obj)
    {
        if (obj["steps"] is JsonArray { Count: > MaxSteps } steps)
            return Failed(fileName, "$.steps", $"{steps.Count} langkah melebihi batas {MaxSteps} langkah per SOP");

        var schemaErrors = SopSchema.Validate(fileName, obj.ToJsonString());
        if (!schemaErrors.IsEmpty) return (null, schemaErrors);

        var hash = ContentHash(obj);
        SopDefinition? definition;
        try
        {
            // The hash and the text are not written in the file; they travel with the parsed record.
            var copy = (JsonObject)obj.DeepClone();
            copy["contentHash"] = hash;
            copy["sourceJson"] = json;
            definition = copy.Deserialize<SopDefinition>(SopJson.Options);
        }
        catch (JsonException ex)
        {
            return Failed(fileName, ex.Path ?? "$", DeserializationMessage(ex));
        }
        if (definition is null) return Failed(fileName, "$", "definisi kosong");

        var errors = SopDefinitionValidator.Validate(fileName, definition);
        return errors.IsEmpty ? (definition, []) : (null, errors);
    }

    /// <summary>Our converters' messages are already for the editor; the serializer's own name .NET types, so say it plainly.</summary>
    private static string DeserializationMessage(JsonException ex) =>
        ex.Message.StartsWith("The JSON value", StringComparison.Ordinal) || ex.Message.Contains("LineNumber:", StringComparison.Ordinal)
            ? "nilai di sini tidak sesuai format definisi"
            : ex.Message;

    /// <summary>
    /// SHA-256 (lower-case hex) of the definition's canonical JSON: comments, whitespace and
    /// "$schema" are left out, so only a change of content makes a new version.
    /// </summary>
    public static string ContentHash(JsonObject definition)
    {
        var canonical = (JsonObject)definition.DeepClone();
        canonical.Remove("$schema");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToJsonString())));
    }

    /// <summary>
    /// The file's text, or why it is refused unread: a link whose real target lies outside the folder
    /// (the office's editor could otherwise show any file of the server), or a file over the size cap.
    /// </summary>
    private static (string? Json, DefinitionError? Refusal) ReadFile(string name, string path, string root)
    {
        DefinitionError Refuse(string message) => new(name, "$", message);
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                if (info.ResolveLinkTarget(returnFinalTarget: true) is not FileInfo target || !target.Exists)
                    return (null, Refuse("tautan (symlink) menunjuk ke berkas yang tidak ada"));
                if (!IsInside(RealPath(target.FullName), root))
                    return (null, Refuse("tautan (symlink) menunjuk ke luar folder definisi; berkas tidak dibaca"));
                info = target;
            }
            if (info.Length > MaxFileBytes)
                return (null, Refuse($"berkas berukuran {Size(info.Length)} melebihi batas {Size(MaxFileBytes)}; berkas tidak dibaca"));
            return (File.ReadAllText(info.FullName), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, Refuse("berkas tidak dapat dibaca (izin atau kesalahan disk)"));
        }
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{(bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("id-ID"))} MB"
        : $"{(bytes + 1023) / 1024} KB";

    /// <summary>The folder's own path with every link in it resolved, ending in a separator.</summary>
    private static string RealFolder(string directory) =>
        Path.TrimEndingDirectorySeparator(RealPath(Path.GetFullPath(directory))) + Path.DirectorySeparatorChar;

    /// <summary>Resolves links in each part of the path, so "workflows/../x" or a linked folder cannot pass as inside.</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        var resolvedParent = parent is null ? null : RealPath(parent);
        var here = resolvedParent is null ? full : Path.Combine(resolvedParent, Path.GetFileName(full));
        FileSystemInfo info = Directory.Exists(here) ? new DirectoryInfo(here) : new FileInfo(here);
        return info.LinkTarget is null ? here
            : info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? RealPath(target.FullName) : here;
    }

    private static bool IsInside(string file, string root) => file.StartsWith(root, StringComparison.Ordinal);

    private static (SopDefinition?, ImmutableArray<DefinitionError>) Failed(string file, string path, string message) =>
        (null, [new DefinitionError(file, path, message)]);
}
