using System.Text.Json.Nodes;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Workflows.Definitions;

/// <summary>
/// Each case breaks one thing in a copy of the real AK1 file (steps: 0 ajukan, 1 periksa,
/// 2 input-data, 3 paraf-kasi, 4 tandatangan, 5 serahkan) and expects an error naming the file,
/// the JSON path and the reason.
/// </summary>
public class BrokenDefinitionTests
{
    private const string File = "broken-ak1.json";

    private sealed record Defect(string Name, Action<JsonObject> Break, string Path, string Phrase);

    private static JsonNode Step(JsonObject sop, int i) => sop["steps"]![i]!;

    private static readonly Defect[] Defects =
    [
        // Schema (structure)
        new("unknown step kind", s => Step(s, 3)["kind"] = "approve", "$.steps[3].kind", "'approve' is not one of"),
        new("missing kegiatan", s => Step(s, 2).AsObject().Remove("kegiatan"), "$.steps[2].kegiatan", "required property 'kegiatan' is missing"),
        new("misspelt property", s => Step(s, 2)["ouput"] = "x", "$.steps[2].ouput", "property 'ouput' is not part of the format"),
        new("bad waktu", s => Step(s, 2)["waktu"] = "10 detik", "$.steps[2].waktu", "'10 detik' is not a time target"),
        new("zero waktu", s => Step(s, 0)["waktu"] = "0 menit", "$.steps[0].waktu", "'0 menit' is not a time target"),
        new("numbering without seq", s => s["registers"]![0]!["numbering"] = "AK1/{unit}/{year}", "$.registers[0].numbering", "must contain {seq}"),
        new("bad date", s => s["header"]!["tanggalEfektif"] = "23 Januari 2024", "$.header.tanggalEfektif", "is not a date"),
        // Ids
        new("duplicate step id", s => Step(s, 3)["id"] = "input-data", "$.steps[3].id", "duplicate step id 'input-data'"),
        new("duplicate lane id", s => s["lanes"]![4]!["id"] = "kasi", "$.lanes[4].id", "duplicate lane id 'kasi'"),
        new("duplicate outcome id", s => Step(s, 1)["outcomes"]![1]!["id"] = "lengkap", "$.steps[1].outcomes[1].id", "duplicate outcome id 'lengkap'"),
        new("duplicate end id", s => s["ends"]![1]!["id"] = "selesai", "$.ends[1].id", "duplicate end id 'selesai'"),
        new("unknown lane", s => Step(s, 2)["lane"] = "operator", "$.steps[2].lane", "unknown lane 'operator'"),
        // Transitions
        new("next to unknown step", s => Step(s, 2)["next"] = "cetak", "$.steps[2].next", "'cetak' is neither a step nor an end"),
        new("outcome to unknown step", s => Step(s, 3)["outcomes"]![0]!["next"] = "ttd", "$.steps[3].outcomes[0].next", "'ttd' is neither a step nor an end"),
        new("both next and outcomes", s => Step(s, 1)["next"] = "input-data", "$.steps[1]", "has both 'next' and 'outcomes'"),
        new("neither next nor outcomes", s => Step(s, 5).AsObject().Remove("next"), "$.steps[5]", "has neither 'next' nor 'outcomes'"),
        new("decision without outcomes", s =>
        {
            Step(s, 1).AsObject().Remove("outcomes");
            Step(s, 1)["next"] = "input-data";
        }, "$.steps[1]", "a decision step needs outcomes"),
        new("sign without outcomes", s =>
        {
            Step(s, 4).AsObject().Remove("outcomes");
            Step(s, 4)["next"] = "serahkan";
        }, "$.steps[4]", "a sign step needs outcomes"),
        // Graph
        new("unreachable step", s => s["steps"]!.AsArray().Add(Extra()), "$.steps[6]", "step 'arsip' cannot be reached from the first step"),
        new("no way to an end", s =>
        {
            Step(s, 5).AsObject().Remove("next");
            Step(s, 5)["outcomes"] = new JsonArray(new JsonObject
            {
                ["id"] = "koreksi", ["label"] = "Koreksi", ["next"] = "input-data", ["kind"] = "correction",
            });
        }, "$.steps[0]", "no end can be reached from step 'ajukan'"),
        new("back edge without a kind", s => Step(s, 3)["outcomes"]![1]!.AsObject().Remove("kind"), "$.steps[3].outcomes[1]", "goes back to step 'input-data' without saying why"),
        new("next going back", s => Step(s, 5)["next"] = "input-data", "$.steps[5].next", "unbounded loop"),
        new("repeat without maxVisits", s => Step(s, 3)["outcomes"]![1]!["kind"] = "repeat", "$.steps[3].outcomes[1]", "needs maxVisits on that step"),
        new("minVisits above maxVisits", s =>
        {
            Step(s, 3)["maxVisits"] = 2;
            Step(s, 3)["outcomes"]![0]!["minVisits"] = 3;
        }, "$.steps[3].outcomes[0].minVisits", "minVisits 3 is greater than the step's maxVisits 2"),
        // Substitutions
        new("substitution for unknown step", s => s["substitutions"]![0]!["steps"]![0] = "ttd", "$.substitutions[0].steps[0]", "unknown step 'ttd'"),
        new("substitution by a role of no lane", s => s["substitutions"]![0]!["actingRole"] = "sekretaris", "$.substitutions[0].actingRole", "role 'sekretaris' is not used by any lane"),
        // Registers
        new("register at unknown step", s => s["registers"]![0]!["at"] = "cetak", "$.registers[0].at", "unknown step 'cetak'"),
        new("register column of unknown source", s => s["registers"]![0]!["columns"]![2]!["source"] = "nomorKtp", "$.registers[0].columns[2].source", "'nomorKtp' is neither a field id of this SOP nor a system value"),
        new("register column of unknown step", s => s["registers"]![0]!["columns"]![9]!["source"] = "step.cetak.actor", "$.registers[0].columns[9].source", "'step.cetak.actor' is neither a field id"),
        new("numbering with unknown placeholder", s => s["registers"]![0]!["numbering"] = "{seq:0000}/AK1/{tahun}", "$.registers[0].numbering", "unknown placeholder {tahun}"),
        new("numbering with two seq", s => s["registers"]![0]!["numbering"] = "{seq}/{seq:00}", "$.registers[0].numbering", "exactly once"),
        // Fields
        new("duplicate field id", s => Step(s, 0)["fields"]![2]!["id"] = "nama", "$.steps[0].fields[2].id", "duplicate field id 'nama'"),
        new("choice without options", s => Step(s, 0)["fields"]![4]!.AsObject().Remove("options"), "$.steps[0].fields[4].options", "choice field 'jenisKelamin' needs options"),
        new("birth date partner not a date", s => Step(s, 0)["fields"]![0]!["birthDateField"] = "tempatLahir", "$.steps[0].fields[0].birthDateField", "'tempatLahir' is not a date field of step 'ajukan'"),
        new("gender partner without Perempuan", s => Step(s, 0)["fields"]![0]!["genderField"] = "pendidikan", "$.steps[0].fields[0].genderField", "'pendidikan' is not a choice field of step 'ajukan' with the options Laki-laki, Perempuan"),
        new("partner on a text field", s => Step(s, 0)["fields"]![1]!["birthDateField"] = "tanggalLahir", "$.steps[0].fields[1].birthDateField", "only a nik field names"),
        new("maxLength over the limit", s => Step(s, 0)["fields"]![1]!["maxLength"] = 50000, "$.steps[0].fields[1].maxLength", "maxLength 50000 is over the longest value a field may take (10000)"),
        new("invalid regex", s => Step(s, 0)["fields"]![1]!["pattern"] = "([a-z", "$.steps[0].fields[1].pattern", "'([a-z' is not a valid regular expression"),
        // Checklist
        new("duplicate checklist item", s => Step(s, 1)["checklist"]![2] = "Fotokopi KTP", "$.steps[1].checklist[2]", "checklist item 'Fotokopi KTP' is listed twice"),
        new("field under the checklist's key", s => Step(s, 1)["fields"] = new JsonArray(new JsonObject { ["id"] = "checklist", ["label"] = "Daftar", ["type"] = "text" }),
            "$.steps[1].fields[0].id", "field id 'checklist' is reserved on a step with a checklist"),
        new("optional checklist item without its text", s => Step(s, 1)["checklist"]![3] = new JsonObject { ["optional"] = true }, "$.steps[1].checklist[3].item", "required property 'item' is missing"),
        new("summary naming no field", s => s["summary"]!["nikField"] = "noKtp", "$.summary.nikField", "'noKtp' is not a field id"),
    ];

    private static JsonObject Extra() => new()
    {
        ["id"] = "arsip", ["no"] = 7, ["lane"] = "pengadministrasi", ["kind"] = "task",
        ["kegiatan"] = "Arsip", ["waktu"] = "5 menit", ["output"] = "Arsip", ["next"] = "selesai",
    };

    public static TheoryData<string> DefectNames => [.. Defects.Select(d => d.Name)];

    [Fact]
    public void The_table_covers_at_least_fourteen_kinds_of_defect() =>
        Defects.Select(d => d.Name).Distinct().Count().ShouldBeGreaterThanOrEqualTo(14);

    [Fact]
    public void The_unbroken_copy_loads()
    {
        var (definition, errors) = SopDefinitionLoader.Parse(File, DefinitionFiles.Ak1().ToJsonString());
        errors.ShouldBeEmpty();
        definition.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(DefectNames))]
    public void A_broken_definition_is_refused_with_file_path_and_reason(string name)
    {
        var defect = Defects.Single(d => d.Name == name);
        var sop = DefinitionFiles.Ak1();
        defect.Break(sop);

        var (definition, errors) = SopDefinitionLoader.Parse(File, sop.ToJsonString());

        definition.ShouldBeNull();
        var shown = string.Join("\n", errors);
        errors.ShouldAllBe(e => e.File == File);
        errors.ShouldContain(e => e.Path == defect.Path && e.Message.Contains(defect.Phrase), shown);
    }

    [Fact]
    public void Invalid_json_names_the_file_and_the_place()
    {
        var (definition, errors) = SopDefinitionLoader.Parse(File, "{ \"id\": \"ak1\", \"steps\": [ } ");

        definition.ShouldBeNull();
        var error = errors.ShouldHaveSingleItem();
        error.File.ShouldBe(File);
        error.Path.ShouldStartWith("$");
        error.Message.ShouldContain("not valid JSON (line 1)");
    }
}
