using System.Text.Json.Nodes;
using SopDesk.Tests.Workflows.Definitions;

namespace SopDesk.Tests.Web.Office;

/// <summary>A temp copy of the shipped workflows/ folder with the AK1 file changed, for a test that needs another SOP text.</summary>
internal sealed class ChangedWorkflows : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"sopdesk-workflows-{Guid.NewGuid():N}");

    public ChangedWorkflows(Action<JsonObject> changeAk1)
    {
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.GetFiles(DefinitionFiles.Folder)) File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        var ak1 = DefinitionFiles.Ak1();
        changeAk1(ak1);
        File.WriteAllText(Path.Combine(Folder, DefinitionFiles.Ak1FileName), ak1.ToJsonString());
    }

    public static JsonObject Step(JsonObject definition, string id) => definition["steps"]!.AsArray().Single(s => (string?)s!["id"] == id)!.AsObject();

    public static JsonObject Lane(JsonObject definition, string id) => definition["lanes"]!.AsArray().Single(l => (string?)l!["id"] == id)!.AsObject();

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
