using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace SopDesk.Workflows.Definitions;

/// <summary>
/// Structural validation of a definition file against workflows/sop.schema.json, with each schema
/// error turned into a <see cref="DefinitionError"/> whose message reads as plain Bahasa Indonesia.
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

    /// <summary>
    /// The leaf errors, one cause each: where a value may take one of several forms (oneOf), the forms it
    /// is not even the type of are left out, so an object missing "item" reports only that, not also
    /// "expected a text". When no form has the value's type, the choice itself is the error.
    /// </summary>
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            var branches = error switch
            {
                ChildSchemaValidationError child => child.Errors.Values.Select(v => v.ToList()).ToList(),
                MultiTypeValidationError multi => multi.Errors.Values.Select(v => v.ToList()).ToList(),
                _ => [],
            };
            if (branches.Count == 0)
            {
                yield return error;
                continue;
            }
            var fitting = branches.Where(b => b.Count > 0 && !b.All(IsTypeMismatch)).ToList();
            if (fitting.Count == 0)
            {
                yield return error;
                continue;
            }
            foreach (var inner in Flatten(fitting[0])) yield return inner;
        }
    }

    private static bool IsTypeMismatch(ValidationError error) => error.Kind is ValidationErrorKind.StringExpected
        or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected or ValidationErrorKind.IntegerExpected
        or ValidationErrorKind.NumberExpected or ValidationErrorKind.BooleanExpected;

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
            ValidationErrorKind.PropertyRequired => $"properti wajib '{error.Property}' tidak ada",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"properti '{error.Property}' bukan bagian dari format (salah ketik?)",
            ValidationErrorKind.NotInEnumeration =>
                $"'{value}' bukan salah satu dari: {string.Join(", ", error.Schema?.Enumeration ?? [])}",
            ValidationErrorKind.PatternMismatch => DescribePattern(path, value, error.Schema?.Pattern),
            ValidationErrorKind.DateExpected => $"'{value}' bukan tanggal (tulis YYYY-MM-DD)",
            ValidationErrorKind.StringTooShort => "tidak boleh kosong",
            ValidationErrorKind.TooFewItems => $"memerlukan paling sedikit {error.Schema?.MinItems} butir",
            ValidationErrorKind.ItemsNotUnique => "butir tidak boleh berulang",
            ValidationErrorKind.NumberTooSmall => $"paling sedikit {error.Schema?.Minimum}",
            ValidationErrorKind.StringExpected => "seharusnya berupa teks",
            ValidationErrorKind.IntegerExpected => "seharusnya berupa bilangan bulat",
            ValidationErrorKind.NumberExpected => "seharusnya berupa angka",
            ValidationErrorKind.BooleanExpected => "seharusnya true atau false",
            ValidationErrorKind.ObjectExpected => "seharusnya berupa objek { … }",
            ValidationErrorKind.ArrayExpected => "seharusnya berupa daftar [ … ]",
            ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf => "nilai ini tidak sesuai dengan bentuk mana pun yang diizinkan",
            ValidationErrorKind.NumberTooBig => $"paling banyak {error.Schema?.Maximum}",
            ValidationErrorKind.TooManyItems => $"paling banyak {error.Schema?.MaxItems} butir",
            ValidationErrorKind.StringTooLong => $"paling panjang {error.Schema?.MaxLength} karakter",
            _ => $"tidak sesuai format ({Words().Replace(error.Kind.ToString(), " $1").ToLowerInvariant()})",
        };
    }

    private static string DescribePattern(string path, string? value, string? pattern) => path switch
    {
        _ when path.EndsWith(".waktu", StringComparison.Ordinal) =>
            $"'{value}' bukan target waktu (mis. \"5 menit\", \"2 jam\", \"1 hari kerja\", \"7 hari kalender\", \"1 minggu\")",
        _ when path.EndsWith(".numbering", StringComparison.Ordinal) =>
            $"pola penomoran '{value}' harus memuat {{seq}} atau {{seq:0000}}",
        _ when pattern == "^[a-z0-9]+(-[a-z0-9]+)*$" => $"'{value}' bukan id yang valid: pakai huruf kecil dan tanda hubung seperti \"paraf-kasi\"",
        _ when pattern == "^[a-zA-Z][a-zA-Z0-9]*$" => $"'{value}' bukan id field yang valid: pakai camelCase seperti \"tanggalLahir\"",
        _ => $"'{value}' tidak sesuai pola {pattern}",
    };

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Words();
}
