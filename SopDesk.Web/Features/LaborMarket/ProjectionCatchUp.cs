using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.LaborMarket;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.LaborMarket;

/// <summary>
/// Brings every registered projection (vacancy status from "lowongan" berkas, seeker profiles from AK1 berkas) up to the
/// journal before a read that needs it; a background loop does the same every few seconds. Cheap when nothing changed.
/// </summary>
public sealed class ProjectionCatchUp(IDbContextFactory<SopDeskDbContext> contexts, IEnumerable<ICaseProjection> projections, OfficeTime time)
{
    public async Task CatchUpAsync(CancellationToken ct = default)
    {
        foreach (var projection in projections)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await CaseProjections.CatchUpAsync(db, projection, time.Now, ct);
        }
    }
}
