using Bunit;
using MudBlazor.Services;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Catalog;

namespace SopDesk.Tests.Web;

public class SopStepTableTests
{
    [Fact]
    public async Task The_catalogue_prints_503_48_as_its_SOP_table()
    {
        await using var context = new BunitContext();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        var ak1 = CaseDriver.Definitions["ak1"];
        var table = context.Render<SopStepTable>(p => p.Add(t => t.Definition, ak1));

        var rows = table.FindAll("tbody tr");
        rows.Count.ShouldBe(6);
        table.FindAll("th.lane-head").Select(th => th.TextContent).ShouldBe(["Pemohon", "Petugas Penerima", "Kasi", "Pengadministrasi", "Kabid"]);

        // Each step's mark stands in its own lane's column, and only there.
        var expectedLane = new[] { "pemohon", "petugas-penerima", "pengadministrasi", "kasi", "kabid", "petugas-penerima" };
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].QuerySelectorAll(".lane-mark").Length.ShouldBe(1);
            rows[i].QuerySelector(".lane-mark")!.ParentElement!.GetAttribute("data-lane").ShouldBe(expectedLane[i]);
        }

        // Step 2's decision: "tidak lengkap" back in the Pemohon column, "lengkap" in the next lane.
        var check = table.Find("tr[data-step=periksa]");
        check.QuerySelector("td[data-lane=pemohon] .lane-outcome")!.TextContent.ShouldBe("tidak lengkap");
        check.QuerySelector("td[data-lane=pengadministrasi] .lane-outcome")!.TextContent.ShouldBe("lengkap");
        check.QuerySelector("td.waktu")!.TextContent.ShouldBe("5 Menit");
        table.Find("tr[data-step=input-data] td.waktu").TextContent.ShouldBe("10 Menit");
    }
}
