using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SopDesk.Workflows.Definitions;

/// <summary>
/// Reads a register's "document" written as a template name (the old form, kept for the first two SOPs and for every
/// version already stored) or as the full declaration; writes it back the same way.
/// </summary>
public sealed class DocumentDefinitionJsonConverter : JsonConverter<DocumentDefinition>
{
    public override DocumentDefinition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var template = reader.GetString()!;
            return new DocumentDefinition { Id = template, Template = template };
        }
        var written = JsonSerializer.Deserialize<Written>(ref reader, options)
            ?? throw new JsonException("a document is a template name or { \"id\", \"title\", \"template\", … }");
        return new DocumentDefinition
        {
            Id = written.Id, Title = written.Title, Template = written.Template, SignedAt = written.SignedAt, ValidMonths = written.ValidMonths,
            Fields = written.Fields.IsDefault ? [] : written.Fields, Body = written.Body,
        };
    }

    public override void Write(Utf8JsonWriter writer, DocumentDefinition value, JsonSerializerOptions options)
    {
        if (value.IsShortForm) writer.WriteStringValue(value.Template);
        else JsonSerializer.Serialize(writer, new Written(value.Id, value.Title!, value.Template)
        {
            SignedAt = value.SignedAt, ValidMonths = value.ValidMonths, Fields = value.Fields, Body = value.Body,
        }, options);
    }

    private sealed record Written(string Id, string Title, string Template)
    {
        public string? SignedAt { get; init; }
        public int? ValidMonths { get; init; }
        public ImmutableArray<DocumentField> Fields { get; init; } = [];
        public string? Body { get; init; }
    }
}
