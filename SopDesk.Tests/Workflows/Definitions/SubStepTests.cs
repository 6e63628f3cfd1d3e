using System.Text.Json.Nodes;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Workflows.Definitions;

/// <summary>
/// A row of the paper with two lanes in sequence prints as 4 and 4a: "sub" gives the letter, Step.Number the
/// printed number, and the file is refused when a number repeats or the numbers do not ascend.
/// Steps of the AK1 copy: 0 ajukan (1), 1 periksa (2), 2 input-data (3), 3 paraf-kasi (4), 4 tandatangan (5), 5 serahkan (6).
/// </summary>
public class SubStepTests
{
    private static JsonNode Step(JsonObject sop, int i) => sop["steps"]![i]!;

    private static (SopDefinition? Definition, IReadOnlyList<DefinitionError> Errors) Parse(Action<JsonObject> change)
    {
        var sop = DefinitionFiles.Ak1();
        change(sop);
        var (definition, errors) = SopDefinitionLoader.Parse("ak1-sub.json", sop.ToJsonString());
        return (definition, errors);
    }

    [Fact]
    public void A_sub_step_prints_its_row_number_with_the_letter_and_keeps_the_row_number()
    {
        var (definition, errors) = Parse(s => { Step(s, 3)["no"] = 3; Step(s, 3)["sub"] = "a"; });

        errors.ShouldBeEmpty();
        var step = definition!.Step("paraf-kasi");
        step.No.ShouldBe(3);
        step.Number.ShouldBe("3a");
        definition.Step("input-data").Number.ShouldBe("3");
    }

    [Fact]
    public void A_repeated_number_is_refused_with_its_path_in_Indonesian()
    {
        var (_, errors) = Parse(s => { Step(s, 3)["no"] = 3; });

        var error = errors.ShouldHaveSingleItem();
        error.Path.ShouldBe("$.steps[3].no");
        error.Message.ShouldContain("nomor langkah 3 dipakai lebih dari sekali");
    }

    [Fact]
    public void A_repeated_sub_step_is_refused_at_its_sub()
    {
        var (_, errors) = Parse(s =>
        {
            Step(s, 2)["sub"] = "a";
            Step(s, 3)["no"] = 3; Step(s, 3)["sub"] = "a";
        });

        var error = errors.ShouldHaveSingleItem();
        error.Path.ShouldBe("$.steps[3].sub");
        error.Message.ShouldContain("nomor langkah 3a dipakai lebih dari sekali");
    }

    [Fact]
    public void Numbers_out_of_the_paper_order_are_refused()
    {
        var (_, errors) = Parse(s => { Step(s, 2)["no"] = 4; Step(s, 3)["no"] = 3; Step(s, 3)["sub"] = "a"; });

        var error = errors.ShouldHaveSingleItem();
        error.Path.ShouldBe("$.steps[3].sub");
        error.Message.ShouldBe("nomor langkah 3a muncul setelah langkah 4; urutkan langkah menurut nomor seperti tabel SOP");
    }

    [Fact]
    public void A_sub_step_letter_must_be_one_small_letter()
    {
        var (_, errors) = Parse(s => { Step(s, 3)["no"] = 3; Step(s, 3)["sub"] = "A1"; });

        errors.ShouldContain(e => e.Path == "$.steps[3].sub");
    }
}
