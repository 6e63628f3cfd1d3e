using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Reports;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Api;

/// <summary>
/// Where a berkas stands, for another institution that holds both its number and its applicant's NIK (decision 047): the
/// service, the state, the current step's name, the dates and whether the office keeps its time — no name, address,
/// form value, document or officer.
/// </summary>
public sealed record CaseStatusAnswer(
    string Number,
    string ServiceId,
    string ServiceName,
    /// <summary>"active", "waitingOnApplicant" or "closed".</summary>
    string Status,
    string StatusText,
    string? CurrentStep,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    DateTimeOffset? CurrentDueAt,
    /// <summary>"onTime" or "late": every step the office answers for done (or still open) within its due time.</summary>
    string Sla,
    string SlaText);

/// <summary>The lookup behind POST /api/v1/cases/status: number and NIK in one query, so a wrong NIK looks exactly like a wrong number.</summary>
public sealed class CaseStatusQuery(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, OfficeTime time)
{
    public async Task<(Guid CaseId, CaseStatusAnswer Answer)?> FindAsync(string number, string nik, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(number) || string.IsNullOrWhiteSpace(nik) || number.Length > 40 || nik.Length > 16) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = time.Now;
        var row = await db.Cases.AsNoTracking().Where(c => c.Number == number && c.Nik == nik)
            .Select(c => new
            {
                c.Id, c.Number, c.Nik, c.DefinitionId, c.DefinitionHash, c.Status, c.StartedAt, c.ClosedAt, c.CurrentStepId, c.CurrentDueAt,
                LateSteps = c.WorkItems.Where(w => w.DueAt != null && ((w.DoneAt == null && w.DueAt < now) || w.DoneAt > w.DueAt)).Select(w => w.StepId).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        // Exact, whatever the column's collation: a NIK differing in case or padding is another NIK.
        if (row is null || !string.Equals(row.Nik, nik, StringComparison.Ordinal) || !string.Equals(row.Number, number, StringComparison.Ordinal)) return null;
        var version = await catalog.GetVersionAsync(row.DefinitionId, row.DefinitionHash, ct);
        var late = row.LateSteps.Any(step => MonthlyReportService.CountsAgainstOffice(version, step));
        var step = row.Status == CaseStatus.Closed ? null : version.Steps.FirstOrDefault(s => s.Id == row.CurrentStepId);
        var (status, statusText) = row.Status switch
        {
            CaseStatus.Closed => ("closed", "Selesai"),
            CaseStatus.WaitingOnApplicant => ("waitingOnApplicant", "Menunggu pemohon"),
            _ => ("active", "Sedang diproses"),
        };
        return (row.Id, new CaseStatusAnswer(row.Number, version.Id, version.Header.Nama, status, statusText, step?.Kegiatan, row.StartedAt, row.ClosedAt,
            row.Status == CaseStatus.Active ? row.CurrentDueAt : null, late ? "late" : "onTime", late ? "Melewati batas waktu" : "Tepat waktu"));
    }
}
