namespace SopDesk.Web.Features.LaborMarket;

/// <summary>
/// Who works the job market at the office: the Pengantar Kerja (canvassing, checking vacancies, matching, placements)
/// and the Kasi Penempatan who approves. Only they see candidates' data (need to know); every view is journaled.
/// Supervisors see the figures (SupervisorPolicy), which carry no personal data.
/// </summary>
public static class LaborMarketRoles
{
    public const string PengantarKerja = "pengantar-kerja";
    public const string Kasi = "kasi";
    /// <summary>For [Authorize(Roles = …)] and AuthorizeView: comma-separated.</summary>
    public const string Officers = PengantarKerja + "," + Kasi;

    public static bool IsOfficer(System.Security.Claims.ClaimsPrincipal user) => user.IsInRole(PengantarKerja) || user.IsInRole(Kasi);
}
