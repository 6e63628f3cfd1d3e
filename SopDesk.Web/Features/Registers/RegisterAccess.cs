using SopDesk.Web.Features.Cases;
using SopDesk.Web.Security;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Registers;

/// <summary>
/// Who may open a register: staff of the SOP's lanes (who see its personal data), supervisors and administrators
/// (who see it masked unless they also work in a lane). Only supervisors and administrators cancel a line.
/// </summary>
public static class RegisterAccess
{
    public static bool MayRead(SopDefinition definition, Actor actor) => PersonalData.MaySee(definition, actor) || IsSupervisorOrAdmin(actor);

    public static bool MayCancel(Actor actor) => IsSupervisorOrAdmin(actor);

    private static bool IsSupervisorOrAdmin(Actor actor) =>
        actor.Roles.Contains(Roles.Admin) || OfficeContext.DefaultSupervisorRoles.Any(actor.Roles.Contains);
}
