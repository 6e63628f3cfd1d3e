using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Privacy;

/// <summary>
/// Erases the personal data of closed berkas whose retention period (<see cref="RetentionSettings"/>) has passed since
/// they closed: the personal form values of the berkas and of its steps, its name and NIK columns, and the same on its
/// register lines; its notifications are deleted. Register numbers, dates, signers, steps and the journal stay. Each
/// erasure is one journal line by the system, which is also how a berkas is known to be done.
/// </summary>
public sealed class RetentionSweep(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, RetentionSettings settings, OfficeTime time,
    ILogger<RetentionSweep> log)
{
    public const string Action = JournalActions.PersonalDataErased;
    public static readonly Actor System = new("system", "Sistem (retensi data)", ImmutableHashSet<string>.Empty);

    /// <summary>Erases what is due now; returns how many berkas were erased.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = time.Now;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var closed = await db.Cases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Closed && c.ClosedAt != null && !db.Journal.Any(j => j.CaseId == c.Id && j.Action == Action))
            .Select(c => new { c.Id, c.DefinitionId, ClosedAt = c.ClosedAt!.Value })
            .ToListAsync(ct);
        var erased = 0;
        foreach (var c in closed.Where(c => c.ClosedAt.AddMonths(settings.MonthsFor(c.DefinitionId)) <= now))
        {
            // One berkas that cannot be erased (say, its definition version is missing) must not keep the others' data.
            try
            {
                await EraseAsync(c.Id, now, ct);
                erased++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Retention: could not erase berkas {CaseId}; retrying on the next run", c.Id);
            }
        }
        if (erased > 0) log.LogInformation("Retention: erased the personal data of {Count} closed berkas", erased);
        return erased;
    }

    private async Task EraseAsync(Guid caseId, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Cases.Include(c => c.WorkItems).SingleAsync(c => c.Id == caseId, ct);
        var definition = await catalog.GetVersionAsync(row.DefinitionId, row.DefinitionHash, ct);
        var fields = PersonalValues.FieldsOf(definition);
        var nameErased = definition.Summary.ApplicantNameField is { } nameField && fields.Contains(nameField);

        row.DataJson = PersonalValues.Erase(row.DataJson, fields);
        if (nameErased) row.ApplicantName = PersonalValues.Erased;
        row.Nik = null;
        foreach (var item in row.WorkItems) item.ValuesJson = item.ValuesJson is null ? null : PersonalValues.Erase(item.ValuesJson, fields);
        foreach (var entry in await db.RegisterEntries.Where(e => e.CaseId == caseId).ToListAsync(ct))
        {
            entry.ValuesJson = PersonalValues.Erase(entry.ValuesJson, fields);
            if (nameErased) entry.ApplicantName = PersonalValues.Erased;
            entry.Nik = null;
            entry.SearchText = $"{entry.Number} {entry.CaseNumber}".ToLowerInvariant();
        }
        db.Notifications.RemoveRange(await db.Notifications.Where(n => n.CaseId == caseId).ToListAsync(ct));
        db.Journal.Add(JournalRecord.For(System, now, Action,
            $"Data pribadi berkas {row.Number} dihapus: masa retensi {settings.MonthsFor(row.DefinitionId)} bulan sejak ditutup telah lewat",
            caseId, actingAs: "sistem"));
        await db.SaveChangesAsync(ct);
    }
}
