using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.Registers;
using SopDesk.Web.Features.Registers.Export;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.Registers;

/// <summary>An Excel export under way or done, as the page that asked for it follows it; its row in the database is the record.</summary>
public sealed class RegisterExportJob(Guid id, string userId, string fileName, int total, DateTimeOffset startedAt)
{
    public Guid Id { get; } = id;
    public string UserId { get; } = userId;
    public string FileName { get; } = fileName;
    public int Total { get; } = total;
    public DateTimeOffset StartedAt { get; } = startedAt;
    public int Written { get; internal set; }
    public bool Done { get; internal set; }
    public string? Error { get; internal set; }
}

/// <summary>
/// Writes register exports, one file per request: a few lines at once (<see cref="WrittenAtOnce"/>), a larger export in the
/// background, so a 100,000-line register neither holds the officer's page nor anyone else's: the page follows the job's
/// progress and offers the file when it is written. The job and its file live in the database (decision 046), so any node
/// serves the download and a restart loses nothing, until it is downloaded once or <see cref="KeptFor"/> has passed.
/// </summary>
public sealed class RegisterExports(RegisterService registers, IDbContextFactory<SopDeskDbContext> contexts, OfficeTime time,
    TimeProvider clock, ILogger<RegisterExports> log, Office.OfficeProfileService office) : IDisposable
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);
    /// <summary>A running job's node refreshes it this often; one not refreshed for <see cref="StaleAfter"/> died with its node.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(1);
    public const string Stopped = "Ekspor terhenti karena server dimulai ulang; silakan ekspor lagi.";
    private const string Failed = "Ekspor gagal; coba lagi atau hubungi administrator.";
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Up to this many lines the file is written during the request; a larger export runs in the background.</summary>
    public const int WrittenAtOnce = 1000;

    public const string DownloadPattern = "/register/unduhan/{id:guid}";
    public static string DownloadPath(Guid id) => $"/register/unduhan/{id}";

    /// <summary>Starts an export of the lines <paramref name="filter"/> selects; refuses a reader the register is not for.</summary>
    public async Task<RegisterExportJob> StartAsync(ClaimsPrincipal user, RegisterFilter filter, CancellationToken ct = default)
    {
        var (info, maySeePersonal, actor) = await registers.DemandAsync(user, filter.RegisterId, ct);
        var id = Guid.NewGuid();
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var total = await RegisterBook.CountAsync(db, filter, time.Calendar.Zone, ct);
        var head = await RegisterExportHeading.ForAsync(db, info, filter, office.Current, time, ct);
        var job = new RegisterExportJob(id, actor.UserId, RegisterExportHeading.FileName(info, time.Now), total, now);
        db.Journal.Add(JournalRecord.For(actor, time.Now, JournalActions.RegisterExported, $"{info.Register.Name}: {total} baris diunduh (Excel), {head.PeriodText}"));
        db.RegisterExports.Add(new RegisterExportRecord
        {
            Id = id, UserId = actor.UserId, RegisterId = filter.RegisterId, Filter = JsonSerializer.Serialize(filter), WithPersonalData = maySeePersonal,
            FileName = job.FileName, Status = RegisterExportStatus.Running, Total = total, StartedAt = now, HeartbeatAt = now,
        });
        await db.SaveChangesAsync(ct);

        var columns = RegisterColumns.Of(info.Definition, info.Register);
        Task Write() => WriteAsync(job, head with { Columns = [.. columns.Select(c => new RegisterExportColumn(c.Header, c.Kind, c.Width)), StatusColumn] },
            filter, columns, maySeePersonal);
        // A few lines take milliseconds: written before answering, so the page offers the file at once with nothing to follow.
        if (total <= WrittenAtOnce) await Write();
        else _ = Task.Run(Write, CancellationToken.None);
        return job;
    }

    /// <summary>The job as stored, only for the officer who started it; null when there is none (any more).</summary>
    public async Task<RegisterExportJob?> FindAsync(Guid id, string userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.RegisterExports.AsNoTracking().Where(e => e.Id == id && e.UserId == userId)
            .Select(e => new { e.FileName, e.Total, e.StartedAt, e.Written, e.Status, e.Error }).SingleOrDefaultAsync(ct);
        return row is null ? null : new RegisterExportJob(id, userId, row.FileName, row.Total, row.StartedAt)
            { Written = row.Written, Done = row.Status == RegisterExportStatus.Done, Error = row.Error };
    }

    /// <summary>
    /// The written file for its one download: only to the officer who started it, and only while their roles still let them
    /// read the register (and see its personal data, if the file holds it). Taken from the database, so asked twice — on this
    /// node or another — it is given once. Null when there is none (any more) or it is refused.
    /// </summary>
    public async Task<(string FileName, byte[] Content)?> TakeFileAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var job = await db.RegisterExports.AsNoTracking().Where(e => e.Id == id && e.UserId == userId && e.Status == RegisterExportStatus.Done)
            .Select(e => new { e.RegisterId, e.WithPersonalData, e.FileName }).SingleOrDefaultAsync(ct);
        if (job is null) return null;
        try
        {
            var (_, maySeePersonal, _) = await registers.DemandAsync(user, job.RegisterId, ct);
            if (job.WithPersonalData && !maySeePersonal) return null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or KeyNotFoundException) { return null; }
        var content = await db.RegisterExports.Where(e => e.Id == id).Select(e => e.Content).SingleOrDefaultAsync(ct);
        // Whoever deletes the row gives the file: a second download at the same moment finds nothing to delete.
        if (content is null || await db.RegisterExports.Where(e => e.Id == id).ExecuteDeleteAsync(ct) == 0) return null;
        return (job.FileName, content);
    }

    /// <summary>The written file without taking it (tests and checks); only for its owner.</summary>
    public async Task<byte[]?> ReadFileAsync(Guid id, string userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.RegisterExports.Where(e => e.Id == id && e.UserId == userId).Select(e => e.Content).SingleOrDefaultAsync(ct);
    }

    /// <summary>
    /// Deletes exports older than <see cref="KeptFor"/>, and fails running ones whose node stopped refreshing them
    /// (it died or restarted mid-export): none stays "running" for ever. Any node may run it (<see cref="RegisterExportCleanup"/>).
    /// </summary>
    public async Task<int> CleanUpAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var (expired, stale) = (now - KeptFor, now - StaleAfter);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var deleted = await db.RegisterExports.Where(e => e.StartedAt < expired).ExecuteDeleteAsync(ct);
        var stopped = await db.RegisterExports.Where(e => e.Status == RegisterExportStatus.Running && e.HeartbeatAt < stale)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, RegisterExportStatus.Failed).SetProperty(e => e.Error, Stopped)
                .SetProperty(e => e.FinishedAt, now), ct);
        return deleted + stopped;
    }

    private static readonly RegisterExportColumn StatusColumn = new("Status", RegisterCellKind.Text, 10);

    private async Task WriteAsync(RegisterExportJob job, RegisterExportSheet sheet, RegisterFilter filter, IReadOnlyList<RegisterColumnView> columns, bool maySeePersonal)
    {
        using var beat = clock.CreateTimer(_ => _ = BeatAsync(job), null, Heartbeat, Heartbeat);
        try
        {
            byte[] content;
            await using (var db = await contexts.CreateDbContextAsync(_stopping.Token))
            using (var file = new MemoryStream())
            {
                var progress = new Progress<int>(written => job.Written = written);
                job.Written = await RegisterExcelWriter.WriteAsync(file, sheet, Rows(db, filter, columns, maySeePersonal, _stopping.Token), progress, _stopping.Token);
                content = file.ToArray();
            }
            await FinishAsync(job.Id, RegisterExportStatus.Done, job.Written, content, null);
            job.Done = true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Register export {Job} failed", job.Id);
            job.Error = Failed;
            await FinishAsync(job.Id, RegisterExportStatus.Failed, job.Written, null, Failed);
        }
    }

    private async Task FinishAsync(Guid id, RegisterExportStatus status, int written, byte[]? content, string? error)
    {
        try
        {
            var now = clock.GetUtcNow();
            await using var db = await contexts.CreateDbContextAsync();
            await db.RegisterExports.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, status).SetProperty(e => e.Written, written)
                .SetProperty(e => e.Content, content).SetProperty(e => e.Error, error).SetProperty(e => e.FinishedAt, now).SetProperty(e => e.HeartbeatAt, now));
        }
        catch (Exception e) when (status == RegisterExportStatus.Failed)
        {
            log.LogError(e, "Register export {Job} could not be marked failed; the cleanup will", id);
        }
    }

    /// <summary>Tells the other nodes' cleanup that this export is still being written.</summary>
    private async Task BeatAsync(RegisterExportJob job)
    {
        try
        {
            var now = clock.GetUtcNow();
            await using var db = await contexts.CreateDbContextAsync();
            await db.RegisterExports.Where(e => e.Id == job.Id && e.Status == RegisterExportStatus.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.HeartbeatAt, now).SetProperty(e => e.Written, job.Written));
        }
        catch (Exception e) { log.LogWarning(e, "Register export {Job}: progress not recorded", job.Id); }
    }

    private async IAsyncEnumerable<object?[]> Rows(SopDeskDbContext db, RegisterFilter filter, IReadOnlyList<RegisterColumnView> columns, bool maySeePersonal,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var entry in RegisterBook.InBookOrder(db, filter, time.Calendar.Zone).WithCancellation(ct))
            yield return [.. RegisterColumns.Values(entry, columns, time.Calendar.Zone, maySeePersonal), entry.Status == RegisterEntryStatus.Cancelled ? "BATAL" : "Aktif"];
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }
}
