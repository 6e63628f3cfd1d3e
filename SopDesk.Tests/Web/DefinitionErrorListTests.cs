using Bunit;
using MudBlazor.Services;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Web.Features.Admin;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Web;

public class DefinitionErrorListTests
{
    [Fact]
    public async Task A_broken_definition_file_is_listed_with_each_error_path_and_reason()
    {
        // A folder with the good AK1 file and a copy whose step 2 names a lane that does not exist.
        var folder = Directory.CreateTempSubdirectory("sopdesk-defs-");
        try
        {
            File.Copy(Path.Combine(DefinitionFiles.Folder, DefinitionFiles.Ak1FileName), Path.Combine(folder.FullName, "503-48-ak1.json"));
            var broken = DefinitionFiles.Ak1();
            broken["id"] = "ak1-rusak";
            broken["steps"]![1]!["lane"] = "loket";
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "rusak.json"), broken.ToJsonString());
            var report = SopDefinitionLoader.LoadDirectory(folder.FullName);

            await using var context = new BunitContext();
            context.Services.AddMudServices();
            context.JSInterop.Mode = JSRuntimeMode.Loose;
            var list = context.Render<DefinitionErrorList>(p => p.Add(l => l.Failures, report.Failures));

            report.Definitions.Single().Id.ShouldBe("ak1");
            var file = list.Find("[data-file='rusak.json']");
            file.TextContent.ShouldContain("$.steps[1].lane");
            file.TextContent.ShouldContain("loket");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
