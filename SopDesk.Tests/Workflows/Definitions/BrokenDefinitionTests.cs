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
        new("unknown step kind", s => Step(s, 3)["kind"] = "approve", "$.steps[3].kind", "'approve' bukan salah satu dari"),
        new("missing kegiatan", s => Step(s, 2).AsObject().Remove("kegiatan"), "$.steps[2].kegiatan", "properti wajib 'kegiatan' tidak ada"),
        new("misspelt property", s => Step(s, 2)["ouput"] = "x", "$.steps[2].ouput", "properti 'ouput' bukan bagian dari format"),
        new("bad waktu", s => Step(s, 2)["waktu"] = "10 detik", "$.steps[2].waktu", "'10 detik' bukan target waktu"),
        new("zero waktu", s => Step(s, 0)["waktu"] = "0 menit", "$.steps[0].waktu", "'0 menit' bukan target waktu"),
        new("numbering without seq", s => s["registers"]![0]!["numbering"] = "AK1/{unit}/{year}", "$.registers[0].numbering", "harus memuat {seq}"),
        new("bad date", s => s["header"]!["tanggalEfektif"] = "23 Januari 2024", "$.header.tanggalEfektif", "bukan tanggal"),
        // Ids
        new("duplicate step id", s => Step(s, 3)["id"] = "input-data", "$.steps[3].id", "id langkah 'input-data' dipakai lebih dari sekali"),
        new("duplicate lane id", s => s["lanes"]![4]!["id"] = "kasi", "$.lanes[4].id", "id lajur 'kasi' dipakai lebih dari sekali"),
        new("duplicate outcome id", s => Step(s, 1)["outcomes"]![1]!["id"] = "lengkap", "$.steps[1].outcomes[1].id", "id hasil 'lengkap' dipakai lebih dari sekali"),
        new("duplicate end id", s => s["ends"]![1]!["id"] = "selesai", "$.ends[1].id", "id akhir 'selesai' dipakai lebih dari sekali"),
        new("unknown lane", s => Step(s, 2)["lane"] = "operator", "$.steps[2].lane", "lajur 'operator' tidak dikenal"),
        // Transitions
        new("next to unknown step", s => Step(s, 2)["next"] = "cetak", "$.steps[2].next", "'cetak' bukan langkah maupun akhir"),
        new("outcome to unknown step", s => Step(s, 3)["outcomes"]![0]!["next"] = "ttd", "$.steps[3].outcomes[0].next", "'ttd' bukan langkah maupun akhir"),
        new("both next and outcomes", s => Step(s, 1)["next"] = "input-data", "$.steps[1]", "memiliki 'next' dan 'outcomes' sekaligus"),
        new("neither next nor outcomes", s => Step(s, 5).AsObject().Remove("next"), "$.steps[5]", "tidak memiliki 'next' maupun 'outcomes'"),
        new("decision without outcomes", s =>
        {
            Step(s, 1).AsObject().Remove("outcomes");
            Step(s, 1)["next"] = "input-data";
        }, "$.steps[1]", "langkah keputusan memerlukan 'outcomes'"),
        new("decision with a single outcome", s => Step(s, 1)["outcomes"]!.AsArray().RemoveAt(1), "$.steps[1].outcomes",
            "langkah keputusan 'periksa' hanya memiliki satu hasil"),
        new("paraf with a single outcome", s => Step(s, 3)["outcomes"]!.AsArray().RemoveAt(1), "$.steps[3].outcomes",
            "langkah paraf 'paraf-kasi' hanya memiliki satu hasil"),
        new("time target over the maximum", s => Step(s, 2)["waktu"] = "9999 minggu", "$.steps[2].waktu", "'9999 minggu' melebihi batas waktu 52 minggu"),
        new("minutes over a working day", s => Step(s, 2)["waktu"] = "481 menit", "$.steps[2].waktu", "melebihi batas waktu 480 menit"),
        new("a role substituting for itself", s => s["substitutions"]![0]!["actingRole"] = "kabid", "$.substitutions[0].actingRole",
            "peran 'kabid' tidak dapat mewakili dirinya sendiri"),
        new("sign without outcomes", s =>
        {
            Step(s, 4).AsObject().Remove("outcomes");
            Step(s, 4)["next"] = "serahkan";
        }, "$.steps[4]", "langkah tanda tangan memerlukan 'outcomes'"),
        // Graph
        new("unreachable step", s => s["steps"]!.AsArray().Add(Extra()), "$.steps[6]", "langkah 'arsip' tidak dapat dicapai dari langkah pertama"),
        new("no way to an end", s =>
        {
            Step(s, 5).AsObject().Remove("next");
            Step(s, 5)["outcomes"] = new JsonArray(new JsonObject
            {
                ["id"] = "koreksi", ["label"] = "Koreksi", ["next"] = "input-data", ["kind"] = "correction",
            });
        }, "$.steps[0]", "tidak ada akhir yang dapat dicapai dari langkah 'ajukan'"),
        new("back edge without a kind", s => Step(s, 3)["outcomes"]![1]!.AsObject().Remove("kind"), "$.steps[3].outcomes[1]", "kembali ke langkah 'input-data' tanpa menyebut alasannya"),
        new("next going back", s => Step(s, 5)["next"] = "input-data", "$.steps[5].next", "perulangannya tidak terbatas"),
        new("repeat without maxVisits", s => Step(s, 3)["outcomes"]![1]!["kind"] = "repeat", "$.steps[3].outcomes[1]", "memerlukan maxVisits pada langkah itu"),
        new("minVisits above maxVisits", s =>
        {
            Step(s, 3)["maxVisits"] = 2;
            Step(s, 3)["outcomes"]![0]!["minVisits"] = 3;
        }, "$.steps[3].outcomes[0].minVisits", "minVisits 3 lebih besar dari maxVisits langkah ini (2)"),
        // Substitutions
        new("substitution for unknown step", s => s["substitutions"]![0]!["steps"]![0] = "ttd", "$.substitutions[0].steps[0]", "langkah 'ttd' tidak dikenal"),
        new("substitution by a role of no lane", s => s["substitutions"]![0]!["actingRole"] = "sekretaris", "$.substitutions[0].actingRole", "peran 'sekretaris' tidak dipakai oleh lajur mana pun"),
        // Registers
        new("register at unknown step", s => s["registers"]![0]!["at"] = "cetak", "$.registers[0].at", "langkah 'cetak' tidak dikenal"),
        new("register column of unknown source", s => s["registers"]![0]!["columns"]![2]!["source"] = "nomorKtp", "$.registers[0].columns[2].source", "'nomorKtp' bukan id field SOP ini maupun nilai sistem"),
        new("register column of unknown step", s => s["registers"]![0]!["columns"]![9]!["source"] = "step.cetak.actor", "$.registers[0].columns[9].source", "'step.cetak.actor' bukan id field"),
        new("numbering with unknown placeholder", s => s["registers"]![0]!["numbering"] = "{seq:0000}/AK1/{tahun}", "$.registers[0].numbering", "placeholder {tahun} yang tidak dikenal"),
        new("numbering with two seq", s => s["registers"]![0]!["numbering"] = "{seq}/{seq:00}", "$.registers[0].numbering", "tepat satu kali"),
        // Fields
        new("duplicate field id", s => Step(s, 0)["fields"]![2]!["id"] = "nama", "$.steps[0].fields[2].id", "id field 'nama' dipakai lebih dari sekali"),
        new("choice without options", s => Step(s, 0)["fields"]![4]!.AsObject().Remove("options"), "$.steps[0].fields[4].options", "field pilihan 'jenisKelamin' memerlukan 'options'"),
        new("birth date partner not a date", s => Step(s, 0)["fields"]![0]!["birthDateField"] = "tempatLahir", "$.steps[0].fields[0].birthDateField", "'tempatLahir' bukan field tanggal di langkah 'ajukan'"),
        new("gender partner without Perempuan", s => Step(s, 0)["fields"]![0]!["genderField"] = "pendidikan", "$.steps[0].fields[0].genderField", "'pendidikan' bukan field pilihan di langkah 'ajukan' dengan pilihan Laki-laki, Perempuan"),
        new("partner on a text field", s => Step(s, 0)["fields"]![1]!["birthDateField"] = "tanggalLahir", "$.steps[0].fields[1].birthDateField", "hanya field nik yang menyebut"),
        new("maxLength over the limit", s => Step(s, 0)["fields"]![1]!["maxLength"] = 50000, "$.steps[0].fields[1].maxLength", "maxLength 50000 melebihi panjang isian terbesar yang diizinkan (10000)"),
        new("invalid regex", s => Step(s, 0)["fields"]![1]!["pattern"] = "([a-z", "$.steps[0].fields[1].pattern", "'([a-z' bukan pola (regular expression) yang valid"),
        // Checklist
        new("duplicate checklist item", s => Step(s, 1)["checklist"]![2] = "Fotokopi KTP", "$.steps[1].checklist[2]", "butir daftar periksa 'Fotokopi KTP' tercantum dua kali"),
        new("field under the checklist's key", s => Step(s, 1)["fields"] = new JsonArray(new JsonObject { ["id"] = "checklist", ["label"] = "Daftar", ["type"] = "text" }),
            "$.steps[1].fields[0].id", "id field 'checklist' dicadangkan pada langkah yang memiliki daftar periksa"),
        new("optional checklist item without its text", s => Step(s, 1)["checklist"]![3] = new JsonObject { ["optional"] = true }, "$.steps[1].checklist[3].item", "properti wajib 'item' tidak ada"),
        new("summary naming no field", s => s["summary"]!["nikField"] = "noKtp", "$.summary.nikField", "'noKtp' bukan id field"),
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

    /// <summary>One cause, one error: what follows from a reported mistake is not reported again.</summary>
    [Theory]
    [InlineData("duplicate step id")]
    [InlineData("next to unknown step")]
    [InlineData("neither next nor outcomes")]
    [InlineData("optional checklist item without its text")]
    [InlineData("unreachable step")]
    [InlineData("no way to an end")]
    public void A_single_mistake_gives_a_single_error(string name)
    {
        var sop = DefinitionFiles.Ak1();
        Defects.Single(d => d.Name == name).Break(sop);

        var (_, errors) = SopDefinitionLoader.Parse(File, sop.ToJsonString());

        errors.ShouldHaveSingleItem(string.Join("\n", errors));
    }

    [Fact]
    public void Invalid_json_names_the_file_and_the_place()
    {
        var (definition, errors) = SopDefinitionLoader.Parse(File, "{ \"id\": \"ak1\", \"steps\": [ } ");

        definition.ShouldBeNull();
        var error = errors.ShouldHaveSingleItem();
        error.File.ShouldBe(File);
        error.Path.ShouldStartWith("$");
        error.Message.ShouldContain("bukan JSON yang valid (baris 1, posisi");
    }
}
