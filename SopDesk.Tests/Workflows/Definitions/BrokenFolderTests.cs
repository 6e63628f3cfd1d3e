using System.Text.Json.Nodes;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Workflows.Definitions;

/// <summary>
/// The real files (the six of the source and the office's own LPK SOP) next to a file for each way a definition has broken the office: every broken file is
/// refused with file + JSON path + reason, the real ones are served, and no file can stall the load.
/// </summary>
public sealed class BrokenFolderTests : IClassFixture<BrokenFolder>
{
    private readonly BrokenFolder _folder;
    private readonly DefinitionLoadReport _report;

    public BrokenFolderTests(BrokenFolder folder)
    {
        _folder = folder;
        _report = SopDefinitionLoader.LoadDirectory(folder.Path);
    }

    [Fact]
    public void The_good_sops_are_loaded_and_only_they()
    {
        _report.Definitions.Select(d => d.Id).Order().ShouldBe(["ak1", "jakon", "jht", "lowongan", "lpk-swasta", "paspor", "pelatihan", "pengaduan", "perselisihan", "verifikasi-pengguna"]);
        _report.Failures.Keys.Order().ShouldBe(BrokenFolder.Expected.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Each_broken_file_is_refused_with_path_and_reason(string file)
    {
        var (path, phrase) = BrokenFolder.Expected[file];
        var errors = _report.Failures[file];
        var shown = string.Join("\n", errors);
        errors.ShouldAllBe(e => e.File == file);
        errors.ShouldContain(e => e.Path == path && e.Message.Contains(phrase), shown);
    }

    public static TheoryData<string> BrokenFiles => [.. BrokenFolder.Expected.Keys];

    [Fact]
    public void Both_files_of_one_id_are_refused_each_naming_both()
    {
        foreach (var file in new[] { "ganda-a.json", "ganda-b.json" })
            _report.Failures[file].ShouldContain(e => e.Message.Contains("ganda-a.json, ganda-b.json"));
    }

    [Fact]
    public void A_duplicated_step_id_gives_exactly_one_error() =>
        _report.Failures["langkah-ganda.json"].ShouldHaveSingleItem();

    [Fact]
    public void The_50_MB_file_is_refused_by_its_size_before_it_is_read()
    {
        new FileInfo(Path.Combine(_folder.Path, "besar.json")).Length.ShouldBeGreaterThan(50L * 1024 * 1024);
        var error = _report.Failures["besar.json"].ShouldHaveSingleItem();
        var size = System.Text.RegularExpressions.Regex.Match(error.Message, @"^berkas berukuran (\d+)(,\d)? MB melebihi batas 1 MB; berkas tidak dibaca$");
        size.Success.ShouldBeTrue(error.Message);
        int.Parse(size.Groups[1].Value).ShouldBeGreaterThanOrEqualTo(50);
    }

    [Fact]
    public void Nothing_of_a_file_outside_the_folder_is_shown()
    {
        var everything = string.Join("\n", _report.AllErrors);
        everything.ShouldNotContain(BrokenFolder.Secret);
        everything.ShouldNotContain("root:");
        _report.Failures["tautan.json"].ShouldHaveSingleItem().Message.ShouldContain("luar folder definisi");
    }

    [Fact]
    public void A_json_error_gives_the_place_but_not_the_text()
    {
        var error = _report.Failures["rusak.json"].ShouldHaveSingleItem();
        error.Message.ShouldBe("bukan JSON yang valid (baris 1, posisi 1)");
    }

    [Fact]
    public void A_missing_folder_is_a_failure_not_a_crash()
    {
        var missing = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"tidak-ada-{Guid.NewGuid():N}");

        var report = SopDefinitionLoader.LoadDirectory(missing);

        report.Definitions.ShouldBeEmpty();
        report.AllErrors.ShouldHaveSingleItem().ShouldBe(new DefinitionError(missing, "$", "folder definisi tidak ditemukan"));
    }

    [Fact]
    public void The_ids_of_refused_files_are_known_for_serving_a_stored_version()
    {
        _report.RefusedIds["ganda-a.json"].ShouldBe("ganda");
        _report.RefusedIds["sembilan-ribu-minggu.json"].ShouldBe("lama");
        _report.RefusedIds.ShouldNotContainKey("besar.json");
        _report.RefusedIds.ShouldNotContainKey("tautan.json");
    }
}

/// <summary>A temp folder: the real files, and broken files written at test time (the 50 MB one is never committed).</summary>
public sealed class BrokenFolder : IDisposable
{
    public const string Secret = "RAHASIA-7f3c9e";

    /// <summary>Each broken file, the JSON path of its error and a phrase of the reason.</summary>
    public static readonly IReadOnlyDictionary<string, (string Path, string Phrase)> Expected = new Dictionary<string, (string, string)>
    {
        ["ganda-a.json"] = ("$.id", "id SOP 'ganda' dipakai oleh lebih dari satu berkas"),
        ["ganda-b.json"] = ("$.id", "id SOP 'ganda' dipakai oleh lebih dari satu berkas"),
        ["besar.json"] = ("$", "melebihi batas 1 MB"),
        ["banyak-langkah.json"] = ("$.steps", "5000 langkah melebihi batas 200 langkah per SOP"),
        ["keputusan-satu-hasil.json"] = ("$.steps[1].outcomes", "hanya memiliki satu hasil"),
        ["sembilan-ribu-minggu.json"] = ("$.steps[2].waktu", "'9999 minggu' melebihi batas waktu 52 minggu"),
        ["mewakili-diri.json"] = ("$.substitutions[0].actingRole", "tidak dapat mewakili dirinya sendiri"),
        ["tautan.json"] = ("$", "tautan (symlink) menunjuk ke luar folder definisi"),
        ["langkah-ganda.json"] = ("$.steps[3].id", "id langkah 'input-data' dipakai lebih dari sekali"),
        ["rusak.json"] = ("$", "bukan JSON yang valid"),
    };

    public string Path { get; } = Directory.CreateTempSubdirectory("sopdesk-broken-").FullName;
    private readonly string _outside = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sopdesk-passwd-{Guid.NewGuid():N}");

    public BrokenFolder()
    {
        foreach (var file in Directory.GetFiles(DefinitionFiles.Folder, "*.json"))
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        Ak1Variant("ganda-a.json", "ganda", _ => { });
        Ak1Variant("ganda-b.json", "ganda", s => s["header"]!["nama"] = "Salinan kedua");
        Ak1Variant("keputusan-satu-hasil.json", "satu-hasil", s => s["steps"]![1]!["outcomes"]!.AsArray().RemoveAt(1));
        Ak1Variant("sembilan-ribu-minggu.json", "lama", s => s["steps"]![2]!["waktu"] = "9999 minggu");
        Ak1Variant("mewakili-diri.json", "mewakili", s => s["substitutions"]![0]!["actingRole"] = "kabid");
        Ak1Variant("langkah-ganda.json", "langkah-ganda", s => s["steps"]![3]!["id"] = "input-data");
        Ak1Variant("banyak-langkah.json", "banyak", s => s["steps"] = Steps(5000));
        File.WriteAllText(System.IO.Path.Combine(Path, "rusak.json"), "root:x:0:0 { \"id\": ");
        WriteLarge(System.IO.Path.Combine(Path, "besar.json"), 60_000);
        File.WriteAllText(_outside, $"root:x:0:0:{Secret}:/root:/bin/bash\n");
        File.CreateSymbolicLink(System.IO.Path.Combine(Path, "tautan.json"), _outside);
    }

    private void Ak1Variant(string file, string id, Action<JsonObject> change)
    {
        var sop = DefinitionFiles.Ak1();
        sop["id"] = id;
        change(sop);
        File.WriteAllText(System.IO.Path.Combine(Path, file), sop.ToJsonString());
    }

    private static JsonArray Steps(int count) => [.. Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject
    {
        ["id"] = $"l{i}", ["no"] = i + 1, ["lane"] = "pengadministrasi", ["kind"] = "task",
        ["kegiatan"] = "K", ["waktu"] = "5 menit", ["output"] = "O", ["next"] = i + 1 < count ? $"l{i + 1}" : "selesai",
    })];

    /// <summary>A chain of <paramref name="steps"/> steps padded to just over 50 MB, streamed out (never held as one string).</summary>
    private static void WriteLarge(string path, int steps)
    {
        using var writer = new StreamWriter(path);
        var padding = new string('x', 50 * 1024 * 1024 / steps);
        writer.Write("{ \"id\": \"besar\", \"steps\": [");
        for (var i = 0; i < steps; i++)
            writer.Write($"{(i == 0 ? "" : ",")}{{\"id\":\"l{i}\",\"no\":{i + 1},\"lane\":\"a\",\"kind\":\"task\",\"kegiatan\":\"{padding}\",\"waktu\":\"5 menit\",\"output\":\"O\",\"next\":\"{(i + 1 < steps ? $"l{i + 1}" : "selesai")}\"}}");
        writer.Write("] }");
    }

    public void Dispose()
    {
        Directory.Delete(Path, recursive: true);
        File.Delete(_outside);
    }
}
