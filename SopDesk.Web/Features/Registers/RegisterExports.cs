using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.Registers;
using SopDesk.Web.Features.Registers.Export;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;

namespace SopDesk.Web.Features.Registers;

/// <summary>An Excel export under way or done: its progress, and the file once written (kept an hour for its owner to download once).</summary>
public sealed class RegisterExportJob(Guid id, string userId, string fileName, string path, int total, DateTimeOffset startedAt)
{
    public Guid Id { get; } = id;
    public string UserId { get; } = userId;
    public string FileName { get; } = fileName;
    public string Path { get; } = path;
    public int Total { get; } = total;
    public DateTimeOffset StartedAt { get; } = startedAt;
    public int Written { get; internal set; }
    public bool Done { get; internal set; }
    public string? Error { get; internal set; }
}

/// <summary>
/// Writes register exports, one file per request: a few lines at once (<see cref="WrittenAtOnce"/>), a larger export in the
/// background, so a 100,000-line register neither holds the officer's page nor anyone else's: the page follows the job's
/// progress and offers the file when it is written. The file
/// lives in the private <see cref="ExportFolder"/> until it is downloaded once or an hour has passed.
/// </summary>
public sealed class RegisterExports(RegisterService registers, IDbContextFactory<SopDeskDbContext> contexts, OfficeTime time, ExportFolder folder,
    TimeProvider clock, ILogger<RegisterExports> log, Office.OfficeProfileService office) : IDisposable
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<Guid, RegisterExportJob> _jobs = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _sweepStart = new();
    private ITimer? _sweep;

    /// <summary>Up to this many lines the file is written during the request; a larger export runs in the background.</summary>
    public const int WrittenAtOnce = 1000;

    public const string DownloadPattern = "/register/unduhan/{id:guid}";
    public static string DownloadPath(Guid id) => $"/register/unduhan/{id}";

    /// <summary>Starts an export of the lines <paramref name="filter"/> selects; refuses a reader the register is not for.</summary>
    public async Task<RegisterExportJob> StartAsync(ClaimsPrincipal user, RegisterFilter filter, CancellationToken ct = default)
    {
        var (info, maySeePersonal, actor) = await registers.DemandAsync(user, filter.RegisterId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var total = await RegisterBook.CountAsync(db, filter, time.Calendar.Zone, ct);
        var head = await RegisterExportHeading.ForAsync(db, info, filter, office.Current, time, ct);
        db.Journal.Add(JournalRecord.For(actor, time.Now, JournalActions.RegisterExported, $"{info.Register.Name}: {total} baris diunduh (Excel), {head.PeriodText}"));
        await db.SaveChangesAsync(ct);

        lock (_sweepStart) _sweep ??= clock.CreateTimer(_ => RemoveExpired(), null, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5));
        var id = Guid.NewGuid();
        var job = new RegisterExportJob(id, actor.UserId, RegisterExportHeading.FileName(info, time.Now), System.IO.Path.Combine(folder.Path, $"{id:N}.xlsx"), total, clock.GetUtcNow());
        _jobs[id] = job;
        var columns = RegisterColumns.Of(info.Definition, info.Register);
        Task Write() => WriteAsync(job, head with { Columns = [.. columns.Select(c => new RegisterExportColumn(c.Header, c.Kind, c.Width)), StatusColumn] },
            filter, columns, maySeePersonal);
        // A few lines take milliseconds: written before answering, so the page offers the file at once with nothing to follow.
        if (total <= WrittenAtOnce) await Write();
        else _ = Task.Run(Write, CancellationToken.None);
        return job;
    }

    /// <summary>The job, only for the officer who started it.</summary>
    public RegisterExportJob? Find(Guid id, string userId) => _jobs.TryGetValue(id, out var job) && job.UserId == userId ? job : null;

    /// <summary>The written file for its one download, only to the officer who started it; null when there is none (any more).</summary>
    public FileStream? TakeFile(Guid id, string userId) =>
        Find(id, userId) is { Done: true } job && _jobs.TryRemove(id, out _) && File.Exists(job.Path) ? ExportFolder.OpenOnce(job.Path) : null;

    private static readonly RegisterExportColumn StatusColumn = new("Status", RegisterCellKind.Text, 10);

    private async Task WriteAsync(RegisterExportJob job, RegisterExportSheet sheet, RegisterFilter filter, IReadOnlyList<RegisterColumnView> columns, bool maySeePersonal)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(_stopping.Token);
            await using var file = folder.Create(System.IO.Path.GetFileName(job.Path));
            var progress = new Progress<int>(written => job.Written = written);
            job.Written = await RegisterExcelWriter.WriteAsync(file, sheet, Rows(db, filter, columns, maySeePersonal, _stopping.Token), progress, _stopping.Token);
            job.Done = true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Register export {Job} failed", job.Id);
            job.Error = "Ekspor gagal; coba lagi atau hubungi administrator.";
        }
    }

    private async IAsyncEnumerable<object?[]> Rows(SopDeskDbContext db, RegisterFilter filter, IReadOnlyList<RegisterColumnView> columns, bool maySeePersonal,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var entry in RegisterBook.InBookOrder(db, filter, time.Calendar.Zone).WithCancellation(ct))
            yield return [.. RegisterColumns.Values(entry, columns, time.Calendar.Zone, maySeePersonal), entry.Status == RegisterEntryStatus.Cancelled ? "BATAL" : "Aktif"];
    }

    /// <summary>Files not downloaded within the hour are deleted (a timer, every five minutes).</summary>
    private void RemoveExpired()
    {
        foreach (var job in _jobs.Values.Where(j => clock.GetUtcNow() - j.StartedAt > KeptFor))
        {
            _jobs.TryRemove(job.Id, out _);
            File.Delete(job.Path);
        }
    }

    public void Dispose()
    {
        _sweep?.Dispose();
        _stopping.Cancel();
        _stopping.Dispose();
        foreach (var job in _jobs.Values) File.Delete(job.Path);
    }
}
