using System.Text.Json.Nodes;

namespace SopDesk.Tests.Workflows.Definitions;

/// <summary>The real workflows/ folder as copied next to the test binaries.</summary>
internal static class DefinitionFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "workflows");

    public const string Ak1FileName = "503-48-ak1.json";

    public static string Ak1Json => File.ReadAllText(Path.Combine(Folder, Ak1FileName));

    /// <summary>A fresh, mutable copy of the AK1 definition.</summary>
    public static JsonObject Ak1() => JsonNode.Parse(Ak1Json)!.AsObject();
}
