namespace SopDesk.Web.Security;

/// <summary>Staff roles. Lane roles are the ids the SOP files use; "admin" administers SopDesk itself.</summary>
public static class Roles
{
    public const string Admin = "admin";

    /// <summary>
    /// The officials who supervise the office's work: dashboards and the monthly report are theirs. The engine's
    /// <c>OfficeContext.DefaultSupervisorRoles</c> (who may reassign and dispose) is the same set; an attribute needs a constant.
    /// </summary>
    public const string Supervisors = "kasi,kabid,sekretaris,kepala-dinas";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["petugas-penerima"] = "Petugas Penerima",
        ["jfu"] = "JFU / Mediator",
        ["pengadministrasi"] = "Pengadministrasi",
        ["kasi"] = "Kasi",
        ["kabid"] = "Kepala Bidang",
        ["sekretaris"] = "Sekretaris",
        ["kepala-dinas"] = "Kepala Dinas",
        ["staf"] = "Staf",
        ["panitia"] = "Panitia",
        [Admin] = "Administrator",
    };

    public static string NameOf(string role) => Names.GetValueOrDefault(role, role);
}
