namespace SopDesk.Web.Layanan.Complaints;

/// <summary>The complaint's status page address: the token is the capability (who holds the link sees the complaint).</summary>
public static class ComplaintLinks
{
    public const string FormPath = "/layanan/pengaduan";

    public static string StatusPath(string token) => OnlineLinks.ComplaintPath(token);
}
