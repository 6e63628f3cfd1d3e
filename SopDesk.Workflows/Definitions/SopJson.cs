using System.Text.Json;
using System.Text.Json.Serialization;

namespace SopDesk.Workflows.Definitions;

/// <summary>The JSON conventions of definition files: camelCase names, kebab-case enum values.</summary>
public static class SopJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new TimeTargetJsonConverter());
        return options;
    }

    private sealed class TimeTargetJsonConverter : JsonConverter<TimeTarget>
    {
        public override TimeTarget Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (!TimeTarget.TryParse(text, out var target))
                throw new JsonException($"'{text}' bukan target waktu (mis. \"5 menit\", \"2 jam\", \"1 hari kerja\", \"7 hari kalender\", \"1 minggu\")");
            // Every time target of a file passes here, so the cap holds for each property that has one.
            return target!.OverMaximum() is { } tooLong ? throw new JsonException(tooLong) : target;
        }

        public override void Write(Utf8JsonWriter writer, TimeTarget value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Text);
    }
}
