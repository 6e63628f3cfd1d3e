using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.LaborMarket.Vacancies;

/// <summary>
/// A vacancy's status from its lowongan berkas: open on an office lane → Submitted; back with the employer → Returned; closed at
/// "terbit" → Published (published when the berkas closed, with the wajib-lapor register number); closed at another end → Rejected.
/// A vacancy closed by hand (filled or withdrawn early) stays Closed whatever its berkas does.
/// </summary>
public sealed class VacancyProjection : ICaseProjection
{
    public const string ApplicantLane = "pemberi-kerja";

    public string Name => "vacancy-status";
    public string DefinitionId => VacancyValues.DefinitionId;

    public async Task ApplyAsync(SopDeskDbContext db, IReadOnlyList<Guid> caseIds, DateTimeOffset now, CancellationToken ct)
    {
        var ids = caseIds.Cast<Guid?>().ToList();
        var vacancies = await db.Vacancies.Where(v => ids.Contains(v.CaseId) && v.Status != VacancyStatus.Closed).ToListAsync(ct);
        if (vacancies.Count == 0) return;
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Status, c.EndId, c.ClosedAt, c.CurrentLaneId }).ToDictionaryAsync(c => c.Id, ct);
        var numbers = await db.RegisterEntries.AsNoTracking()
            .Where(e => caseIds.Contains(e.CaseId) && e.RegisterId == VacancyValues.RegisterId && e.Status == RegisterEntryStatus.Active)
            .Select(e => new { e.CaseId, e.Number }).ToListAsync(ct);
        foreach (var vacancy in vacancies)
        {
            if (!cases.TryGetValue(vacancy.CaseId!.Value, out var berkas)) continue;
            var status = berkas.Status switch
            {
                CaseStatus.Closed when berkas.EndId == VacancyValues.PublishedEnd => VacancyStatus.Published,
                CaseStatus.Closed => VacancyStatus.Rejected,
                CaseStatus.WaitingOnApplicant => VacancyStatus.Returned,
                _ when berkas.CurrentLaneId == ApplicantLane => VacancyStatus.Returned,
                _ => VacancyStatus.Submitted,
            };
            var number = status == VacancyStatus.Published ? numbers.FirstOrDefault(n => n.CaseId == berkas.Id)?.Number : null;
            var publishedAt = status == VacancyStatus.Published ? berkas.ClosedAt : null;
            if (vacancy.Status == status && vacancy.RegisterNumber == number && vacancy.PublishedAt == publishedAt) continue;
            vacancy.Status = status;
            vacancy.RegisterNumber = number;
            vacancy.PublishedAt = publishedAt;
            vacancy.UpdatedAt = now;
        }
    }
}
