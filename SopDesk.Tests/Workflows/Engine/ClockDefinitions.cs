using System.Collections.Immutable;
using System.Text.Json.Nodes;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Workflows.Engine;

/// <summary>
/// Copies of the AK1 file (0 ajukan on the pemohon's lane, 1 periksa with tidak-lengkap returning to ajukan, 2 input-data,
/// 3 paraf-kasi, 4 tandatangan, 5 serahkan) with the clocks of the format added — no shipped file declares an applicant limit.
/// </summary>
internal static class ClockDefinitions
{
    public const string File = "ak1-clock.json";

    /// <summary>ajukan: the pemohon has 10 hari kerja, reminded 2 before; then the berkas closes to <paramref name="onExpiry"/>.</summary>
    public static SopDefinition WithApplicantLimit(string onExpiry = "dikembalikan", string? remindBefore = "2 hari kerja") =>
        Parse(s => Limit(s, onExpiry, remindBefore));

    /// <summary>14 hari kerja from the berkas's first arrival at input-data (after the desk found it complete), warned 2 before.</summary>
    public static SopDefinition WithAnchoredDeadline() =>
        Parse(s => s["caseDeadline"] = new JsonObject { ["waktu"] = "14 hari kerja", ["from"] = "input-data", ["warnBefore"] = "2 hari kerja" });

    /// <summary>The AK1 without the pemohon's limit its file now declares on ajukan (the office's choice for online returns).</summary>
    public static SopDefinition WithoutApplicantLimit() => Parse(s => s["steps"]![0]!.AsObject().Remove("applicantLimit"));

    public static void Limit(JsonObject sop, string onExpiry = "dikembalikan", string? remindBefore = "2 hari kerja", int step = 0)
    {
        var limit = new JsonObject { ["waktu"] = "10 hari kerja", ["onExpiry"] = onExpiry };
        if (remindBefore is not null) limit["remindBefore"] = remindBefore;
        sop["steps"]![step]!["applicantLimit"] = limit;
    }

    public static void AddEnd(JsonObject sop, string id, string label, string kind) =>
        sop["ends"]!.AsArray().Add(new JsonObject { ["id"] = id, ["label"] = label, ["kind"] = kind });

    public static SopDefinition Parse(Action<JsonObject> change)
    {
        var (definition, errors) = Load(change);
        errors.ShouldBeEmpty();
        return definition.ShouldNotBeNull();
    }

    public static (SopDefinition? Definition, ImmutableArray<DefinitionError> Errors) Load(Action<JsonObject> change)
    {
        var sop = DefinitionFiles.Ak1();
        change(sop);
        return SopDefinitionLoader.Parse(File, sop.ToJsonString());
    }
}
