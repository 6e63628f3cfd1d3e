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
/// Reads SOP definition files: JSON Schema validation (workflows/sop.schema.json), then semantic checks
/// (unknown lane, unreachable step, no way to an end, duplicate ids, bad duration, unbounded loop,
/// decision without outcomes…). A bad file never stops the others from loading.
/// TODO(definitions): schema validation and semantic checks; today only deserialization.
/// </summary>
public static class SopDefinitionLoader
{
    public const string SchemaFileName = "sop.schema.json";

    /// <summary>Loads every *.json file of <paramref name="directory"/> except the schema.</summary>
    public static DefinitionLoadReport LoadDirectory(string directory)
    {
        var definitions = ImmutableArray.CreateBuilder<SopDefinition>();
        var failures = ImmutableDictionary.CreateBuilder<string, ImmutableArray<DefinitionError>>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name == SchemaFileName) continue;
            var (definition, errors) = Parse(name, File.ReadAllText(path));
            if (definition is not null) definitions.Add(definition);
            else failures[name] = errors;
        }
        return new(definitions.ToImmutable(), failures.ToImmutable());
    }

    /// <summary>Parses one file's text; <paramref name="fileName"/> is used in error messages.</summary>
    public static (SopDefinition? Definition, ImmutableArray<DefinitionError> Errors) Parse(string fileName, string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            return (null, [new DefinitionError(fileName, ex.Path ?? "$", $"not valid JSON: {ex.Message}")]);
        }
        if (node is not JsonObject obj)
            return (null, [new DefinitionError(fileName, "$", "the file must hold one JSON object")]);

        obj.Remove("$schema");
        var canonical = obj.ToJsonString();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        try
        {
            // The hash and the text are not written in the file; they travel with the parsed record.
            obj["contentHash"] = hash;
            obj["sourceJson"] = json;
            var definition = obj.Deserialize<SopDefinition>(SopJson.Options);
            return definition is null
                ? (null, [new DefinitionError(fileName, "$", "empty definition")])
                : (definition, []);
        }
        catch (JsonException ex)
        {
            return (null, [new DefinitionError(fileName, ex.Path ?? "$", ex.Message)]);
        }
    }
}
