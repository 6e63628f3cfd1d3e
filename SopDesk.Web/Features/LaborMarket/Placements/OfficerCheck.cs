using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.LaborMarket.Placements;

/// <summary>Whether an actor (roles read from the database now, by CurrentStaff) works the job market: pengantar kerja or kasi.</summary>
public static class OfficerCheck
{
    public static bool Holds(Actor actor) => actor.Roles.Any(r => r is LaborMarketRoles.PengantarKerja or LaborMarketRoles.Kasi);
}
