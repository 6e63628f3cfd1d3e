using Bunit;
using MudBlazor.Services;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Web.Features.Admin;
using SopDesk.Web.Features.Catalog;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Web;

public class ServedVersionsListTests
{
    [Fact]
    public async Task The_administrator_sees_which_stored_version_is_served_instead_and_why_and_which_sop_lost_its_file()
    {
        var (removed, _) = SopDefinitionLoader.Parse("ak1.json", DefinitionFiles.Ak1Json);
        await using var context = new BunitContext();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;

        var list = context.Render<ServedVersionsList>(p => p
            .Add(l => l.Fallbacks, [new ServedInstead("jht", 3, DateTimeOffset.UtcNow, ["503-44-jht.json", "jht-salinan.json"])])
            .Add(l => l.Retired, [removed!]));

        var served = list.Find("[data-served='jht']").TextContent;
        served.ShouldContain("versi 3");
        served.ShouldContain("503-44-jht.json, jht-salinan.json ditolak");
        var retired = list.Find("[data-retired='ak1']").TextContent;
        retired.ShouldContain(removed!.Header.Nama);
        retired.ShouldContain("berkas baru tidak dapat dibuat");
    }
}
