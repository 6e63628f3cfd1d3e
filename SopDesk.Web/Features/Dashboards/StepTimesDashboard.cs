using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Dashboards;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Dashboards;

/// <summary>How a step keeps its target, as the heat map colours it.</summary>
public enum StepHeat { NoData, Good, Warning, Late }

/// <summary>
/// The time-per-step dashboard's figures for supervisors only — checked here as well as on the page, so no other
/// caller gets them. Thresholds: 90% or more within target is good, 70% or more a warning, below that late.
/// </summary>
public sealed class StepTimesDashboard(IDbContextFactory<SopDeskDbContext> contexts, OfficeTime time, SopDesk.Web.Security.CurrentStaff current,
    Office.OfficeProfileService office)
{
    public const double GoodShare = 0.9;
    public const double WarningShare = 0.7;

    public static StepHeat HeatOf(StepTimes? figures) => figures?.ShareWithinTarget switch
    {
        null => StepHeat.NoData,
        >= GoodShare => StepHeat.Good,
        >= WarningShare => StepHeat.Warning,
        _ => StepHeat.Late,
    };

    public async Task<IReadOnlyDictionary<string, StepTimes>> FiguresAsync(ClaimsPrincipal user, StepTimesFilter filter, CancellationToken ct = default)
    {
        await EnsureSupervisorAsync(user, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return (await StepTimesQuery.ForAsync(db, filter, ct)).ToDictionary(s => s.StepId);
    }

    public async Task<IReadOnlyList<StepTimesPoint>> TrendAsync(ClaimsPrincipal user, StepTimesFilter filter, string stepId, bool byMonth, CancellationToken ct = default)
    {
        await EnsureSupervisorAsync(user, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await StepTimesQuery.TrendAsync(db, filter, stepId, byMonth, ct);
    }

    public async Task<IReadOnlyList<LateStep>> LateAsync(ClaimsPrincipal user, StepTimesFilter filter, string stepId, CancellationToken ct = default)
    {
        await EnsureSupervisorAsync(user, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await LateStepsQuery.ForAsync(db, filter, stepId, time.Now, time.Calendar.Zone, ct: ct);
    }

    private async Task EnsureSupervisorAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var actor = await current.RequireAsync(user, ct);
        if (!office.Current.IsSupervisor(actor.Roles))
            throw new UnauthorizedAccessException("Dasbor hanya untuk pengawas kantor.");
    }
}
