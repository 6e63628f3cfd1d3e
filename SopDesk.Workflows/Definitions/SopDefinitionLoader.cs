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
    ImmutableDictionary<string, ImmutableArray<DefinitionError>> Failures);

/// <summary>
/// Reads SOP definition files in three passes: JSON Schema validation (<see cref="SopSchema"/>),
/// deserialization into <see cref="SopDefinition"/>, then semantic checks
/// (<see cref="SopDefinitionValidator"/>). A bad file never stops the others from loading.
/// </summary>
public static class SopDefinitionLoader
{
    public const string SchemaFileName = "sop.schema.json";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Loads every *.json file of <paramref name="directory"/> except the schema.</summary>
    public static DefinitionLoadReport LoadDirectory(string directory)
    {
        var definitions = ImmutableArray.CreateBuilder<SopDefinition>();
        var failures = ImmutableDictionary.CreateBuilder<string, ImmutableArray<DefinitionError>>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name == SchemaFileName) continue;
            var (definition, errors) = ParseFile(name, path);
            if (definition is not null) definitions.Add(definition);
            else failures[name] = errors;
        }
        return new(definitions.ToImmutable(), failures.ToImmutable());
    }

    /// <summary>
    /// Parses one file's text; <paramref name="fileName"/> is used in error messages. Returns the
    /// definition and no errors, or no definition and at least one error. Never throws for bad content.
    /// </summary>
    public static (SopDefinition? Definition, ImmutableArray<DefinitionError> Errors) Parse(string fileName, string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1})" : "";
            return Failed(fileName, ex.Path ?? "$", $"not valid JSON{where}: {ex.Message}");
        }
        if (node is not JsonObject obj)
            return Failed(fileName, "$", "the file must hold one JSON object");

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
            return Failed(fileName, ex.Path ?? "$", ex.Message);
        }
        if (definition is null) return Failed(fileName, "$", "empty definition");

        var errors = SopDefinitionValidator.Validate(fileName, definition);
        return errors.IsEmpty ? (definition, []) : (null, errors);
    }

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

    private static (SopDefinition?, ImmutableArray<DefinitionError>) ParseFile(string name, string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(name, "$", $"the file cannot be read: {ex.Message}");
        }
        return Parse(name, json);
    }

    private static (SopDefinition?, ImmutableArray<DefinitionError>) Failed(string file, string path, string message) =>
        (null, [new DefinitionError(file, path, message)]);
}
