using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Uploads;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Web.Uploads;

public sealed class UploadStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"sopdesk-uploads-{Guid.NewGuid():N}");
    private readonly UploadService _service;

    public UploadStoreTests() => _service = new UploadService(new UploadSettings(_folder), NullLogger<UploadService>.Instance);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(StoredUpload Stored, UploadRecord Record)> StoreAsync(string sentName)
    {
        var check = await _service.InspectAsync(new UploadDefinition { Id = "ijazah", Label = "Ijazah" }, sentName, new MemoryStream(TestFiles.Pdf()));
        var stored = _service.Store(check);
        return (stored, new UploadRecord { Id = Guid.NewGuid(), StorageName = stored.StorageName, Sha256 = stored.Sha256 });
    }

    [Fact]
    public async Task A_stored_file_has_a_random_name_its_hash_and_opens_unchanged()
    {
        var (stored, record) = await StoreAsync("../../../etc/passwd.pdf");

        stored.StorageName.ShouldMatch("^[0-9a-f]{32}\\.pdf$");
        stored.OriginalName.ShouldBe("passwd.pdf");
        stored.ContentType.ShouldBe("application/pdf");
        stored.SizeBytes.ShouldBe(TestFiles.Pdf().Length);
        stored.Sha256.ShouldBe(UploadService.Hash(File.ReadAllBytes(Path.Combine(_folder, stored.StorageName))));
        await using var opened = await _service.OpenAsync(record);
        opened.ShouldNotBeNull();
        using var copy = new MemoryStream();
        await opened.CopyToAsync(copy);
        UploadService.Hash(copy.ToArray()).ShouldBe(stored.Sha256);
    }

    [Fact]
    public async Task A_file_changed_on_disk_is_not_served()
    {
        var (stored, record) = await StoreAsync("ijazah.pdf");
        var path = Path.Combine(_folder, stored.StorageName);
        var bytes = File.ReadAllBytes(path);
        bytes[^3] ^= 0x20;
        File.WriteAllBytes(path, bytes);

        (await _service.OpenAsync(record)).ShouldBeNull();
    }

    [Fact]
    public async Task A_record_naming_a_path_outside_the_folder_is_refused()
    {
        var record = new UploadRecord { StorageName = "../../sopdesk.db", Sha256 = "x" };
        await Should.ThrowAsync<InvalidOperationException>(() => _service.OpenAsync(record));
    }

    [Fact]
    public void The_default_folder_is_outside_the_web_root()
    {
        var settings = UploadSettings.Read(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(),
            new FakeEnvironment { ContentRootPath = _folder, WebRootPath = Path.Combine(_folder, "wwwroot") });
        settings.Path.ShouldBe(Path.Combine(_folder, "App_Data", "uploads"));
        Directory.Exists(settings.Path).ShouldBeTrue();
    }

    [Fact]
    public void A_folder_inside_the_web_root_is_refused_at_start()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Uploads:Path"] = "wwwroot/uploads" }).Build();
        Should.Throw<InvalidOperationException>(() => UploadSettings.Read(configuration,
            new FakeEnvironment { ContentRootPath = _folder, WebRootPath = Path.Combine(_folder, "wwwroot") }));
    }

    private sealed class FakeEnvironment : Microsoft.AspNetCore.Hosting.IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = "";
        public Microsoft.Extensions.FileProviders.IFileProvider WebRootFileProvider { get; set; } = null!;
        public string ApplicationName { get; set; } = "test";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
        public string ContentRootPath { get; set; } = "";
        public string EnvironmentName { get; set; } = "Testing";
    }
}
