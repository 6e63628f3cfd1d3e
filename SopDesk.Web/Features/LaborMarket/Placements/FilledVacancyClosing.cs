using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.LaborMarket.Vacancies;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.LaborMarket.Placements;

/// <summary>The employer closes its published vacancy once the placements filled it (offered on the placement menu).</summary>
public sealed class FilledVacancyClosing(IDbContextFactory<SopDeskDbContext> contexts, OfficeTime time)
{
    /// <summary>False when the vacancy is not this employer's (404); true when closed now or already closed.</summary>
    public async Task<bool> CloseAsync(PublicAccountRecord? account, long vacancyId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await VacancyApplicants.OwnedAsync(db, account, vacancyId, ct) is not { } vacancy) return false;
        if (vacancy.Status != VacancyStatus.Published) return true;
        var placed = await db.Placements.CountAsync(p => p.VacancyId == vacancy.Id, ct);
        await VacancyClosing.CloseAsync(db, vacancy, Actor.Applicant(account!.Id, account.Name), time.Now,
            $"pemberi kerja: {placed} dari {vacancy.Openings} formasi terisi melalui penempatan", ct);
        return true;
    }
}
