using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Data.Entities;
using SopDesk.Data.Registers;
using SopDesk.Web.Features.Registers;
using static SopDesk.Tests.Web.Documents.DocumentTestBed;

namespace SopDesk.Tests.Web.Registers;

/// <summary>
/// An export (full NIKs) and its file live in the database (decision 046): any node serves it, a restart loses nothing;
/// it is given once, to its owner while their roles allow, deleted after an hour, and a job whose node died is failed.
/// </summary>
public sealed class RegisterExportStoreTests
{
    private static async Task<(RegisterExportJob Job, RegisterExports Exports)> ExportAsync(SopDeskAppFactory app, string userName)
    {
        var exports = app.Services.GetRequiredService<RegisterExports>();
        var job = await exports.StartAsync(await SignInForm.PrincipalAsync(app.Services, userName), new RegisterFilter("register-ak1"));
        for (var i = 0; i < 200 && !job.Done && job.Error is null; i++) await Task.Delay(50);
        job.Done.ShouldBeTrue(job.Error);
        return (job, exports);
    }

    [Fact]
    public async Task A_written_export_is_kept_in_the_database_for_its_owner_and_survives_a_restart()
    {
        var database = Path.Combine(Path.GetTempPath(), $"sopdesk-export-restart-{Guid.NewGuid():N}.db");
        try
        {
            RegisterExportJob job;
            await using (var first = new SopDeskAppFactory { SharedDatabasePath = database }) (job, _) = await ExportAsync(first, "kasi");

            await using var second = new SopDeskAppFactory { SharedDatabasePath = database };
            var exports = second.Services.GetRequiredService<RegisterExports>();
            (await exports.FindAsync(job.Id, job.UserId)).ShouldNotBeNull().Done.ShouldBeTrue();
            var download = await (await SignedInAsync(second, "kasi")).GetAsync(RegisterExports.DownloadPath(job.Id));
            download.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await download.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(1000);
        }
        finally { SopDeskAppFactory.DeleteDatabase(database); }
    }

    [Fact]
    public async Task Once_downloaded_the_file_is_deleted_and_cannot_be_downloaded_again()
    {
        await using var app = new SopDeskAppFactory();
        var (job, exports) = await ExportAsync(app, "kasi");
        var client = await SignedInAsync(app, "kasi");

        var download = await client.GetAsync(RegisterExports.DownloadPath(job.Id));

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(1000);
        (await exports.ReadFileAsync(job.Id, job.UserId)).ShouldBeNull();
        (await client.GetAsync(RegisterExports.DownloadPath(job.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_officer_cannot_download_it_and_it_stays_for_its_owner()
    {
        await using var app = new SopDeskAppFactory();
        var (job, exports) = await ExportAsync(app, "kasi");

        (await (await SignedInAsync(app, "kabid")).GetAsync(RegisterExports.DownloadPath(job.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await exports.ReadFileAsync(job.Id, job.UserId)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Its_owner_cannot_download_it_once_their_roles_no_longer_let_them_read_the_register()
    {
        await using var app = new SopDeskAppFactory();
        var (job, exports) = await ExportAsync(app, "kasi");
        var client = await SignedInAsync(app, "kasi");

        await using (var db = NewContext(app)) await db.UserRoles.Where(r => r.UserId == job.UserId).ExecuteDeleteAsync();

        (await client.GetAsync(RegisterExports.DownloadPath(job.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await exports.ReadFileAsync(job.Id, job.UserId)).ShouldNotBeNull(); // refused, not taken
    }

    [Fact]
    public async Task An_export_not_downloaded_within_the_hour_is_deleted()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
        await using var app = new SopDeskAppFactory { Clock = clock };
        var (job, exports) = await ExportAsync(app, "kasi");

        clock.Advance(TimeSpan.FromMinutes(50));
        await exports.CleanUpAsync();
        (await exports.FindAsync(job.Id, job.UserId)).ShouldNotBeNull();
        clock.Advance(TimeSpan.FromMinutes(20));
        await exports.CleanUpAsync();

        (await exports.FindAsync(job.Id, job.UserId)).ShouldBeNull();
        (await exports.ReadFileAsync(job.Id, job.UserId)).ShouldBeNull();
    }

    [Fact]
    public async Task A_running_export_whose_node_stopped_is_failed_by_the_cleanup_and_a_live_one_is_not()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
        await using var app = new SopDeskAppFactory { Clock = clock };
        var exports = app.Services.GetRequiredService<RegisterExports>();
        var (dead, live) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var db = NewContext(app))
        {
            foreach (var (id, beat) in new[] { (dead, clock.GetUtcNow() - TimeSpan.FromMinutes(3)), (live, clock.GetUtcNow() - TimeSpan.FromSeconds(10)) })
                db.RegisterExports.Add(new RegisterExportRecord { Id = id, UserId = "user-kasi", RegisterId = "register-ak1", FileName = "a.xlsx",
                    Status = RegisterExportStatus.Running, Total = 5000, StartedAt = clock.GetUtcNow() - TimeSpan.FromMinutes(4), HeartbeatAt = beat });
            await db.SaveChangesAsync();
        }

        await exports.CleanUpAsync();

        var stopped = (await exports.FindAsync(dead, "user-kasi")).ShouldNotBeNull();
        (stopped.Done, stopped.Error).ShouldBe((false, RegisterExports.Stopped));
        (await exports.FindAsync(live, "user-kasi")).ShouldNotBeNull().Error.ShouldBeNull();
    }
}
