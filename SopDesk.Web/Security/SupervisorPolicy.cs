using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using SopDesk.Web.Features.Office;

namespace SopDesk.Web.Security;

/// <summary>
/// "Supervisor": the pages and downloads of the office's supervisors (dashboards, monthly report). Who supervises is
/// the office profile's list, asked at each request and each circuit navigation — an edit on /admin/kantor counts at once.
/// </summary>
public static class SupervisorPolicy
{
    public const string Name = "Supervisor";

    public static bool IsSupervisor(ClaimsPrincipal user, OfficeProfile office) =>
        user.Identity?.IsAuthenticated == true && office.IsSupervisor(user.FindAll(ClaimTypes.Role).Select(c => c.Value));

    public sealed class Requirement : IAuthorizationRequirement;

    public sealed class Handler(OfficeProfileService office) : AuthorizationHandler<Requirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, Requirement requirement)
        {
            if (IsSupervisor(context.User, office.Current)) context.Succeed(requirement);
            return Task.CompletedTask;
        }
    }
}
