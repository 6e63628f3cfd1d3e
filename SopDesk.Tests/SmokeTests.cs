using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests;

public class SmokeTests
{
    [Fact]
    public void The_AK1_file_deserializes()
    {
        var report = SopDefinitionLoader.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "workflows"));
        report.Failures.ShouldBeEmpty();
        var ak1 = report.Definitions.Single(d => d.Id == "ak1");
        ak1.Steps.Length.ShouldBe(6);
        ak1.Step("periksa").Outcomes[1].Kind.ShouldBe(OutcomeKind.Return);
        ak1.Step("input-data").Waktu.Unit.ShouldBe(TimeUnit.Minutes);
        ak1.Lane("pemohon").Party.ShouldBe(LaneParty.Applicant);
        ak1.ContentHash.Length.ShouldBe(64);
    }
}
