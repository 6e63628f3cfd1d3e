namespace SopDesk.Web.Layanan.Complaints;

/// <summary>The complaint's status page address: the token is the capability (who holds the link sees the complaint).</summary>
public static class ComplaintLinks
{
    public const string FormPath = "/layanan/pengaduan";

    public static string StatusPath(string token) => $"{FormPath}/{token}";

    /// <summary>Absolute link for mails: Mail:PublicBaseUrl (H4's setting; default http://localhost:5000).</summary>
    public static string StatusUrl(IConfiguration configuration, string token) =>
        (configuration["Mail:PublicBaseUrl"] ?? "http://localhost:5000").TrimEnd('/') + StatusPath(token);
}
