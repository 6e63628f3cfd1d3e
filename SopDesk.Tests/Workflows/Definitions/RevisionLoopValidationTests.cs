using System.Text.Json.Nodes;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Workflows.Definitions;

/// <summary>
/// Each case breaks one rule of loops and rejected ends in a copy of <see cref="RevisionLoopSop"/> (steps: 1 periksa
/// with outcomes 0 lengkap, 1 revisi, 2 ditolak) and expects an error naming the file, the JSON path and the reason.
/// </summary>
public class RevisionLoopValidationTests
{
    private static JsonNode Outcome(JsonObject sop, int i) => sop["steps"]![1]!["outcomes"]![i]!;
    private static JsonNode Loop(JsonObject sop) => sop["loops"]![0]!;

    public static TheoryData<string, string, string> Defects => new()
    {
        { "duplicate loop id", "$.loops[1].id", "id loop 'revisi' dipakai dua kali" },
        { "max zero", "$.loops[0].max", "" }, // the schema refuses it first (minimum 1); the validator says the same for a parsed record
        { "outcome counts an undeclared loop", "$.steps[1].outcomes[1].loop", "loop 'perbaikan' tidak dideklarasikan (loop: revisi)" },
        { "outcome waits for an undeclared loop", "$.steps[1].outcomes[2].afterLoop", "loop 'perbaikan' tidak dideklarasikan" },
        { "loop counted by no outcome", "$.loops[0]", "loop 'revisi' tidak dihitung oleh hasil mana pun" },
        { "loop and afterLoop of the same loop", "$.steps[1].outcomes[1]", "loop dan afterLoop sama" },
        { "rejection without a note", "$.steps[1].outcomes[2].requiresNote", "menutup berkas sebagai ditolak ('ditolak')" },
    };

    private static void Break(string defect, JsonObject sop)
    {
        switch (defect)
        {
            case "duplicate loop id":
                sop["loops"]!.AsArray().Add(new JsonObject { ["id"] = "revisi", ["label"] = "Revisi lagi", ["max"] = 1 });
                break;
            case "max zero":
                Loop(sop)["max"] = 0;
                break;
            case "outcome counts an undeclared loop":
                Outcome(sop, 1)["loop"] = "perbaikan";
                // The declared loop is still counted by someone, so only the unknown name is reported.
                Outcome(sop, 0)["loop"] = "revisi";
                break;
            case "outcome waits for an undeclared loop":
                Outcome(sop, 2)["afterLoop"] = "perbaikan";
                break;
            case "loop counted by no outcome":
                Outcome(sop, 1).AsObject().Remove("loop");
                break;
            case "loop and afterLoop of the same loop":
                Outcome(sop, 1)["afterLoop"] = "revisi";
                break;
            case "rejection without a note":
                Outcome(sop, 2).AsObject().Remove("requiresNote");
                break;
        }
    }

    [Fact]
    public void The_test_definition_itself_is_valid()
    {
        var sop = RevisionLoopSop.Load();
        sop.Loops.ShouldBe([new RevisionLoop("revisi", "Revisi oleh pemohon", 2)]);
        sop.Step("periksa").Outcomes.Single(o => o.Id == "revisi").Loop.ShouldBe("revisi");
        sop.Step("periksa").Outcomes.Single(o => o.Id == "ditolak").AfterLoop.ShouldBe("revisi");
        sop.Ends.Single(e => e.Id == "ditolak").Kind.ShouldBe(EndKind.Rejected);
    }

    [Theory]
    [MemberData(nameof(Defects))]
    public void A_broken_loop_or_rejection_is_refused_with_file_path_and_reason(string defect, string path, string phrase)
    {
        var json = RevisionLoopSop.Json();
        Break(defect, json);

        var (definition, errors) = SopDefinitionLoader.Parse(RevisionLoopSop.FileName, json.ToJsonString());

        definition.ShouldBeNull();
        errors.ShouldContain(e => e.File == RevisionLoopSop.FileName && e.Path == path && e.Message.Contains(phrase),
            $"expected {path}: {phrase}; got:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void The_schema_refuses_a_loop_without_max_and_an_unknown_end_kind()
    {
        var json = RevisionLoopSop.Json();
        Loop(json).AsObject().Remove("max");
        json["ends"]![2]!["kind"] = "declined";

        var (_, errors) = SopDefinitionLoader.Parse(RevisionLoopSop.FileName, json.ToJsonString());

        errors.ShouldContain(e => e.Path == "$.loops[0].max");
        errors.ShouldContain(e => e.Path == "$.ends[2].kind");
    }
}
