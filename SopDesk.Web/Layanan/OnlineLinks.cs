using SopDesk.Data.Entities;

namespace SopDesk.Web.Layanan;

/// <summary>The public addresses of an online berkas, in one place: pages, mails and the SLA sweep link to the same ones.</summary>
public static class OnlineLinks
{
    /// <summary>An application's or account verification's status page.</summary>
    public static string StatusPath(string token) => $"/layanan/status/{Uri.EscapeDataString(token)}";

    /// <summary>A complaint's own status page.</summary>
    public static string ComplaintPath(string token) => $"/layanan/pengaduan/{Uri.EscapeDataString(token)}";

    /// <summary>The page that shows this berkas to its owner or token holder.</summary>
    public static string PathOf(OnlineCaseRecord online) =>
        online.Purpose == nameof(SopDesk.Workflows.Definitions.OnlinePurpose.Complaint) ? ComplaintPath(online.StatusToken) : StatusPath(online.StatusToken);
}
