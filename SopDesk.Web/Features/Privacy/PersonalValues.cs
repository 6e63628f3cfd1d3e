using System.Text.Json.Nodes;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Privacy;

/// <summary>Which of a berkas's values are the applicant's personal data, and the marker that replaces them when erased.</summary>
public static class PersonalValues
{
    public const string Erased = "[dihapus]";

    /// <summary>
    /// The fields the SOP marks personal, its NIK field, and its applicant-name field when the SOP is about a person (it names
    /// a NIK field; the training SOP's "applicant" is the training itself).
    /// </summary>
    public static IReadOnlySet<string> FieldsOf(SopDefinition definition)
    {
        var fields = definition.Steps.SelectMany(s => s.Fields).Where(f => f.Personal).Select(f => f.Id).ToHashSet();
        if (definition.Summary.NikField is { } nik)
        {
            fields.Add(nik);
            if (definition.Summary.ApplicantNameField is { } name) fields.Add(name);
        }
        return fields;
    }

    /// <summary>The JSON object of values with every personal one (present and not empty) replaced by the marker.</summary>
    public static string Erase(string? json, IReadOnlySet<string> fields)
    {
        if (string.IsNullOrEmpty(json) || JsonNode.Parse(json) is not JsonObject values) return json ?? "";
        foreach (var key in values.Select(p => p.Key).Where(fields.Contains).ToList())
            if (values[key]?.ToString() is { Length: > 0 }) values[key] = Erased;
        return values.ToJsonString();
    }
}
