using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace SopDesk.Workflows.Definitions;

/// <summary>
/// Structural validation of a definition file against workflows/sop.schema.json, with each schema
/// error turned into a <see cref="DefinitionError"/> whose message reads as plain English.
/// </summary>
/// <remarks>
/// The schema is embedded into this assembly from workflows/sop.schema.json at build time rather
/// than read from the folder at run time: <see cref="SopDefinitionLoader.Parse"/> needs no folder,
/// tests and the app check against the very same file the editors use, and a missing or edited copy
/// next to the binaries cannot switch validation off.
/// </remarks>
public static partial class SopSchema
{
    private const string ResourceName = "SopDesk.Workflows.sop.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>The schema text as shipped (the same file as workflows/sop.schema.json).</summary>
    public static string Text
    {
        get
        {
            using var stream = typeof(SopSchema).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>Validates one definition's JSON text (no comments) and returns its errors, in document order.</summary>
    public static ImmutableArray<DefinitionError> Validate(string fileName, string json) =>
        [.. Flatten(Schema.Value.Validate(json))
            .Select(e => new DefinitionError(fileName, JsonPath(e), Describe(e)))
            .Distinct()
            .OrderBy(e => e.Path, StringComparer.Ordinal)];

    // Parsing a schema string does no I/O; the async API is NJsonSchema's only entry point.
    private static JsonSchema Load() => JsonSchema.FromJsonAsync(Text).GetAwaiter().GetResult();

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            var children = error switch
            {
                ChildSchemaValidationError child => child.Errors.Values.SelectMany(v => v).ToList(),
                MultiTypeValidationError multi => multi.Errors.Values.SelectMany(v => v).ToList(),
                _ => [],
            };
            if (children.Count == 0) yield return error;
            else foreach (var inner in Flatten(children)) yield return inner;
        }
    }

    /// <summary>NJsonSchema writes "#/steps[3].lane"; we report "$.steps[3].lane".</summary>
    private static string JsonPath(ValidationError error)
    {
        var path = error.Path ?? "#";
        return path == "#" ? "$" : "$." + path.TrimStart('#', '/');
    }

    private static string Describe(ValidationError error)
    {
        var value = error.Token is JValue { Value: { } v } ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;
        var path = JsonPath(error);
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"required property '{error.Property}' is missing",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"property '{error.Property}' is not part of the format (misspelt?)",
            ValidationErrorKind.NotInEnumeration =>
                $"'{value}' is not one of: {string.Join(", ", error.Schema?.Enumeration ?? [])}",
            ValidationErrorKind.PatternMismatch => DescribePattern(path, value, error.Schema?.Pattern),
            ValidationErrorKind.DateExpected => $"'{value}' is not a date (write YYYY-MM-DD)",
            ValidationErrorKind.StringTooShort => "must not be empty",
            ValidationErrorKind.TooFewItems => $"needs at least {error.Schema?.MinItems} item(s)",
            ValidationErrorKind.ItemsNotUnique => "items must not repeat",
            ValidationErrorKind.NumberTooSmall => $"must be at least {error.Schema?.Minimum}",
            ValidationErrorKind.StringExpected => "expected a text value",
            ValidationErrorKind.IntegerExpected => "expected a whole number",
            ValidationErrorKind.NumberExpected => "expected a number",
            ValidationErrorKind.BooleanExpected => "expected true or false",
            ValidationErrorKind.ObjectExpected => "expected an object { … }",
            ValidationErrorKind.ArrayExpected => "expected a list [ … ]",
            _ => Words().Replace(error.Kind.ToString(), " $1").ToLowerInvariant(),
        };
    }

    private static string DescribePattern(string path, string? value, string? pattern) => path switch
    {
        _ when path.EndsWith(".waktu", StringComparison.Ordinal) =>
            $"'{value}' is not a time target (e.g. \"5 menit\", \"2 jam\", \"1 hari kerja\", \"7 hari kalender\", \"1 minggu\")",
        _ when path.EndsWith(".numbering", StringComparison.Ordinal) =>
            $"numbering pattern '{value}' must contain {{seq}} or {{seq:0000}}",
        _ when pattern == "^[a-z0-9]+(-[a-z0-9]+)*$" => $"'{value}' is not a valid id: use lower-case kebab-case like \"paraf-kasi\"",
        _ when pattern == "^[a-zA-Z][a-zA-Z0-9]*$" => $"'{value}' is not a valid field id: use camelCase like \"tanggalLahir\"",
        _ => $"'{value}' does not match the pattern {pattern}",
    };

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Words();
}
