using Microsoft.Extensions.DependencyInjection;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Web.Features.Catalog;

namespace SopDesk.Tests.Web.Speed;

/// <summary>
/// A start on unchanged SOP files serves the stored versions without the full load; a changed file still goes through it
/// and is stored as a new version (decision 033).
/// </summary>
public sealed class StartupDefinitionSyncTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sopdesk-speed-defs-").FullName;

    public StartupDefinitionSyncTests()
    {
        foreach (var file in Directory.GetFiles(DefinitionFiles.Folder)) File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private SopDeskAppFactory App(string? database = null) =>
        new() { SharedDatabasePath = database, Settings = new Dictionary<string, string> { ["Workflows:Path"] = _folder } };

    private void ChangeAk1Name(string name)
    {
        var changed = DefinitionFiles.Ak1();
        changed["header"]!["nama"] = name;
        File.WriteAllText(Path.Combine(_folder, DefinitionFiles.Ak1FileName), changed.ToJsonString());
    }

    [Fact]
    public async Task Unchanged_files_load_from_the_stored_versions_and_a_changed_file_is_left_to_the_full_load()
    {
        await using var app = App();
        var catalog = app.Services.GetRequiredService<DefinitionCatalog>();
        var served = catalog.Current.Select(d => (d.Id, d.ContentHash)).ToList();

        (await catalog.TryLoadUnchangedAsync(_folder)).ShouldBeTrue();
        catalog.Current.Select(d => (d.Id, d.ContentHash)).ShouldBe(served);
        catalog.Versions["ak1"].ShouldBe(1);
        catalog.Failures.ShouldBeEmpty();

        ChangeAk1Name("Kartu Tanda Bukti Pendaftaran Pencari Kerja (diubah)");
        (await catalog.TryLoadUnchangedAsync(_folder)).ShouldBeFalse();
        catalog.Find("ak1")!.ContentHash.ShouldBe(served.Single(s => s.Id == "ak1").ContentHash); // nothing swapped

        await catalog.LoadAsync(_folder, DateTimeOffset.UtcNow);
        catalog.Versions["ak1"].ShouldBe(2);
        catalog.Find("ak1")!.Header.Nama.ShouldBe("Kartu Tanda Bukti Pendaftaran Pencari Kerja (diubah)");
    }

    [Fact]
    public async Task A_restart_serves_the_same_versions_and_a_file_changed_in_between_becomes_a_new_version()
    {
        var database = Path.Combine(Path.GetTempPath(), $"sopdesk-speed-{Guid.NewGuid():N}.db");
        try
        {
            IReadOnlyDictionary<string, int> first;
            await using (var app = App(database))
                first = app.Services.GetRequiredService<DefinitionCatalog>().Versions.ToDictionary();

            await using (var again = App(database))
                again.Services.GetRequiredService<DefinitionCatalog>().Versions.ShouldBe(first, ignoreOrder: true);

            ChangeAk1Name("Kartu AK1 setelah restart");
            await using (var changed = App(database))
            {
                var catalog = changed.Services.GetRequiredService<DefinitionCatalog>();
                catalog.Versions["ak1"].ShouldBe(2);
                catalog.Find("ak1")!.Header.Nama.ShouldBe("Kartu AK1 setelah restart");
            }
        }
        finally
        {
            SopDeskAppFactory.DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task A_linked_file_is_left_to_the_loader_and_its_checks()
    {
        await using var app = App();
        var catalog = app.Services.GetRequiredService<DefinitionCatalog>();
        var ak1 = Path.Combine(_folder, DefinitionFiles.Ak1FileName);
        var elsewhere = Path.Combine(Path.GetTempPath(), $"sopdesk-ak1-{Guid.NewGuid():N}.json");
        File.Move(ak1, elsewhere);
        File.CreateSymbolicLink(ak1, elsewhere);
        try
        {
            (await catalog.TryLoadUnchangedAsync(_folder)).ShouldBeFalse();
        }
        finally
        {
            File.Delete(elsewhere);
        }
    }
}
