namespace SopDesk.Web.Security;

/// <summary>
/// The one built-in role. Every other role is data: the lane roles the SOP files declare and the office's own roles,
/// with their Indonesian names, in the office profile (<see cref="Features.Office.OfficeRoles"/>).
/// </summary>
public static class Roles
{
    public const string Admin = "admin";
}
