using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.LaborMarket.Vacancies;

/// <summary>Closing a vacancy early (filled or withdrawn), by its employer or an officer: status Closed, the moment, a journal line.</summary>
public static class VacancyClosing
{
    public const string NotOpen = "Lowongan ini sudah ditutup atau ditolak.";

    public static bool MayClose(VacancyRecord v) => v.Status is VacancyStatus.Submitted or VacancyStatus.Returned or VacancyStatus.Published;

    /// <summary>Null when closed, else why not. <paramref name="by"/> names who closed it in the journal ("pemberi kerja", "petugas").</summary>
    public static async Task<string?> CloseAsync(SopDeskDbContext db, VacancyRecord vacancy, Actor actor, DateTimeOffset now, string by, CancellationToken ct)
    {
        if (!MayClose(vacancy)) return NotOpen;
        vacancy.Status = VacancyStatus.Closed;
        vacancy.ClosedAt = now;
        vacancy.UpdatedAt = now;
        db.Journal.Add(JournalRecord.For(actor, now, JournalActions.VacancyClosed,
            $"Lowongan {VacancyFacts.Describe(vacancy)} ditutup lebih awal oleh {by}", vacancy.CaseId));
        await db.SaveChangesAsync(ct);
        return null;
    }
}
