using SopDesk.Web.Access;
using SopDesk.Web.Features.Office;
using SopDesk.Web.Security;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Registers;

/// <summary>
/// Who may open a register: staff of the SOP's lanes (who see its personal data), supervisors and administrators
/// (who see it masked unless they also work in a lane — <see cref="PersonalDataPolicy"/>). Only supervisors and
/// administrators cancel a line.
/// </summary>
public static class RegisterAccess
{
    public static bool MayRead(SopDefinition definition, Actor actor, OfficeProfile office) =>
        PersonalDataPolicy.MaySee(definition, actor) || IsSupervisorOrAdmin(actor, office);

    public static bool MayCancel(Actor actor, OfficeProfile office) => IsSupervisorOrAdmin(actor, office);

    private static bool IsSupervisorOrAdmin(Actor actor, OfficeProfile office) =>
        Administrators.IsAdministrator(actor) || PersonalDataPolicy.IsSupervisor(actor, office);
}
