using System.Text.Json.Nodes;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Workflows.Definitions;

/// <summary>
/// A test SOP with a bounded revision loop, written as a copy of the AK1 file:
/// <code>
/// ajukan (pemohon) ─► periksa ──lengkap──► input-data ─► paraf-kasi ──paraf──► tandatangan ─► serahkan ─► selesai
///                      │  ▲  ╲                             │
///      revisi (loop, ≤2)│  │   ╲ditolak (after loop) ─► ditolak (rejected)
///   back to ajukan ◄───┘  └──── koreksi (correction) ─────┘
/// </code>
/// A koreksi from the paraf re-enters periksa but is no revision: only "revisi" counts.
/// </summary>
internal static class RevisionLoopSop
{
    public const string FileName = "uji-revisi.json";

    public static JsonObject Json()
    {
        var sop = DefinitionFiles.Ak1();
        sop["id"] = "uji-revisi";
        sop["header"]!["nomor"] = "uji-revisi"; // its own nomor: report rows and sheets name a SOP by it
        sop["loops"] = new JsonArray(new JsonObject { ["id"] = "revisi", ["label"] = "Revisi oleh pemohon", ["max"] = 2 });
        sop["steps"]![1]!["outcomes"] = new JsonArray(
            new JsonObject { ["id"] = "lengkap", ["label"] = "Lengkap", ["next"] = "input-data" },
            new JsonObject
            {
                ["id"] = "revisi", ["label"] = "Perlu revisi — kembalikan ke pemohon", ["next"] = "ajukan", ["kind"] = "return",
                ["requiresNote"] = true, ["loop"] = "revisi",
            },
            new JsonObject { ["id"] = "ditolak", ["label"] = "Ditolak", ["next"] = "ditolak", ["requiresNote"] = true, ["afterLoop"] = "revisi" });
        sop["steps"]![3]!["outcomes"]![1]!["next"] = "periksa";
        sop["ends"]!.AsArray().Add(new JsonObject { ["id"] = "ditolak", ["label"] = "Ditolak — permohonan tidak memenuhi syarat", ["kind"] = "rejected" });
        return sop;
    }

    public static SopDefinition Load() => Parse(Json());

    public static SopDefinition Parse(JsonObject json)
    {
        var (definition, errors) = SopDefinitionLoader.Parse(FileName, json.ToJsonString());
        errors.ShouldBeEmpty();
        return definition.ShouldNotBeNull();
    }
}
