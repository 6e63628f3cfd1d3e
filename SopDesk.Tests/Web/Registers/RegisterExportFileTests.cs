using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Data.Registers;
using SopDesk.Web.Features.Registers;
using static SopDesk.Tests.Web.Documents.DocumentTestBed;

namespace SopDesk.Tests.Web.Registers;

/// <summary>
/// An export file holds full NIKs: it is written readable by SopDesk alone in its private folder, deleted once downloaded
/// or after an hour, and a file left by a crash is gone when the app starts again.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // file modes are POSIX; SopDesk runs on Linux
public sealed class RegisterExportFileTests
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static async Task<(RegisterExportJob Job, RegisterExports Exports)> ExportAsync(SopDeskAppFactory app, string userName)
    {
        var exports = app.Services.GetRequiredService<RegisterExports>();
        var job = await exports.StartAsync(await SignInForm.PrincipalAsync(app.Services, userName), new RegisterFilter("register-ak1"));
        for (var i = 0; i < 200 && !job.Done && job.Error is null; i++) await Task.Delay(50);
        job.Done.ShouldBeTrue(job.Error);
        return (job, exports);
    }

    [Fact]
    public async Task The_file_is_written_owner_only_in_an_owner_only_folder()
    {
        await using var app = new SopDeskAppFactory();
        var (job, _) = await ExportAsync(app, "kasi");

        Path.GetDirectoryName(job.Path).ShouldBe(app.ExportFolder);
        File.GetUnixFileMode(job.Path).ShouldBe(OwnerReadWrite);
        File.GetUnixFileMode(app.ExportFolder).ShouldBe(OwnerReadWrite | UnixFileMode.UserExecute);
    }

    [Fact]
    public async Task Once_downloaded_the_file_is_deleted_and_cannot_be_downloaded_again()
    {
        await using var app = new SopDeskAppFactory();
        var (job, _) = await ExportAsync(app, "kasi");
        var client = await SignedInAsync(app, "kasi");

        var download = await client.GetAsync(RegisterExports.DownloadPath(job.Id));

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(1000);
        File.Exists(job.Path).ShouldBeFalse();
        (await client.GetAsync(RegisterExports.DownloadPath(job.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_officer_cannot_download_it_and_it_stays_for_its_owner()
    {
        await using var app = new SopDeskAppFactory();
        var (job, _) = await ExportAsync(app, "kasi");

        (await (await SignedInAsync(app, "kabid")).GetAsync(RegisterExports.DownloadPath(job.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        File.Exists(job.Path).ShouldBeTrue();
    }

    [Fact]
    public async Task A_file_not_downloaded_within_the_hour_is_deleted()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
        await using var app = new SopDeskAppFactory { Clock = clock };
        var (job, exports) = await ExportAsync(app, "kasi");

        clock.Advance(TimeSpan.FromMinutes(50));
        File.Exists(job.Path).ShouldBeTrue();
        clock.Advance(TimeSpan.FromMinutes(20));

        File.Exists(job.Path).ShouldBeFalse();
        exports.Find(job.Id, job.UserId).ShouldBeNull();
    }

    [Fact]
    public async Task A_file_left_by_a_crash_is_deleted_when_the_app_starts()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"sopdesk-exports-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var leftOver = Path.Combine(folder, "left-by-a-crash.xlsx");
        await File.WriteAllTextAsync(leftOver, Nik);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead
            | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        await using var app = new SopDeskAppFactory { ExportFolder = folder };
        _ = app.Services; // starts the app

        File.Exists(leftOver).ShouldBeFalse();
        File.GetUnixFileMode(folder).ShouldBe(OwnerReadWrite | UnixFileMode.UserExecute);
    }
}
