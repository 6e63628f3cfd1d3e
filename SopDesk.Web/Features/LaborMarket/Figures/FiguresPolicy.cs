using Microsoft.AspNetCore.Authorization;
using SopDesk.Web.Features.Office;
using SopDesk.Web.Security;

namespace SopDesk.Web.Features.LaborMarket.Figures;

/// <summary>
/// Who sees /pasar-kerja/angka: the supervisors (<see cref="SupervisorPolicy"/>, the office profile's list) and the Pengantar Kerja who
/// works the job market. The figures are counts only, no person's data.
/// </summary>
public static class FiguresPolicy
{
    public const string Name = "LaborMarketFigures";

    public static bool Allows(System.Security.Claims.ClaimsPrincipal user, OfficeProfile office) =>
        SupervisorPolicy.IsSupervisor(user, office) || (user.Identity?.IsAuthenticated == true && user.IsInRole(LaborMarketRoles.PengantarKerja));

    public sealed class Requirement : IAuthorizationRequirement;

    public sealed class Handler(OfficeProfileService office) : AuthorizationHandler<Requirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, Requirement requirement)
        {
            if (Allows(context.User, office.Current)) context.Succeed(requirement);
            return Task.CompletedTask;
        }
    }
}
