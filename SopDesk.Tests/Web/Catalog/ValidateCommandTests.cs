using SopDesk.Workflows.Definitions;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Web.Features.Catalog;

namespace SopDesk.Tests.Web.Catalog;

/// <summary>`dotnet run --project SopDesk.Web -- validate folder/`: the folder check for editors and CI, without the app.</summary>
public sealed class ValidateCommandTests(BrokenFolder broken) : IClassFixture<BrokenFolder>
{
    private static readonly int RealFiles = Directory.GetFiles(DefinitionFiles.Folder, "*.json").Count(f => !f.EndsWith(SopDefinitionLoader.SchemaFileName, StringComparison.Ordinal));

    private static (int Exit, string[] Lines) Run(params string[] args)
    {
        var output = new StringWriter();
        var exit = ValidateCommand.Run(args, output);
        return (exit, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_shipped_folder_is_valid_with_exit_code_0()
    {
        var (exit, lines) = Run("validate", DefinitionFiles.Folder);

        exit.ShouldBe(0);
        lines.ShouldBe([$"{RealFiles} berkas diperiksa: semua valid."]);
    }

    [Fact]
    public void A_broken_folder_prints_file_path_and_reason_per_error_a_summary_and_exit_code_1()
    {
        var (exit, lines) = Run("validate", broken.Path);

        exit.ShouldBe(1);
        lines.ShouldContain("ganda-a.json: $.id: id SOP 'ganda' dipakai oleh lebih dari satu berkas (ganda-a.json, ganda-b.json); semua berkas dengan id ini ditolak sampai hanya satu yang tersisa");
        lines.ShouldContain("sembilan-ribu-minggu.json: $.steps[2].waktu: '9999 minggu' melebihi batas waktu 52 minggu");
        lines.ShouldContain("mewakili-diri.json: $.substitutions[0].actingRole: peran 'kabid' tidak dapat mewakili dirinya sendiri: role dan actingRole harus berbeda");
        lines[^1].ShouldBe($"{RealFiles + BrokenFolder.Expected.Count} berkas diperiksa: {RealFiles} valid, {BrokenFolder.Expected.Count} ditolak, {lines.Length - 1} kesalahan.");
        string.Join("\n", lines).ShouldNotContain(BrokenFolder.Secret);
    }

    [Fact]
    public void A_missing_folder_is_said_and_fails()
    {
        var (exit, lines) = Run("validate", Path.Combine(Path.GetTempPath(), $"tidak-ada-{Guid.NewGuid():N}"));

        exit.ShouldNotBe(0);
        lines.ShouldHaveSingleItem().ShouldContain("tidak ditemukan");
    }

    [Fact]
    public void Only_the_validate_verb_is_the_command() =>
        (ValidateCommand.IsInvoked(["validate", "workflows/"]), ValidateCommand.IsInvoked([]), ValidateCommand.IsInvoked(["--urls", "http://x"]))
            .ShouldBe((true, false, false));
}
