using System.Text.Json;
using System.Text.Json.Serialization;

namespace SopDesk.Workflows.Definitions;

/// <summary>Reads a checklist item written as plain text (required) or as { "item", "optional" }; writes it back the same way.</summary>
public sealed class ChecklistItemJsonConverter : JsonConverter<ChecklistItem>
{
    public override ChecklistItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String) return new(reader.GetString()!);
        var written = JsonSerializer.Deserialize<Written>(ref reader, options)
            ?? throw new JsonException("a checklist item is its text or { \"item\": \"…\", \"optional\": true }");
        return new(written.Item, written.Optional);
    }

    public override void Write(Utf8JsonWriter writer, ChecklistItem value, JsonSerializerOptions options)
    {
        if (value.Optional) JsonSerializer.Serialize(writer, new Written(value.Item, true), options);
        else writer.WriteStringValue(value.Item);
    }

    private sealed record Written(string Item, bool Optional = false);
}
