namespace SopDesk.Web.Layanan.Privacy;

/// <summary>The privacy notice's version: stored with each consent (ConsentVersion), changed whenever the notice's content changes.</summary>
public static class PrivacyNotice
{
    public const string Version = "2026-12-01";
    public const string Path = "/layanan/privasi";
}
