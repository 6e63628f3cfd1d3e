namespace SopDesk.Web.Features.Documents;

/// <summary>
/// What the printed documents need besides the office profile ("Documents" section of appsettings): the addressee of a
/// passport recommendation, and — behind a reverse proxy — the public address the QR codes must carry. The letterhead,
/// the city and the signers are the office profile's (<see cref="Office.OfficeProfile"/>).
/// </summary>
public sealed record DocumentSettings
{
    public string ImmigrationOffice { get; init; } = "Kepala Kantor Imigrasi";
    /// <summary>e.g. "https://sopdesk.pagaralamkota.go.id"; empty = the address the officer's browser used.</summary>
    public string? PublicBaseUrl { get; init; }

    public static DocumentSettings Read(IConfiguration configuration) =>
        configuration.GetSection("Documents").Get<DocumentSettings>() ?? new DocumentSettings();

    /// <summary>The address a document's QR code carries: the public verification page of its token.</summary>
    public string VerificationUrl(string requestBaseUri, string token) =>
        $"{(string.IsNullOrWhiteSpace(PublicBaseUrl) ? requestBaseUri : PublicBaseUrl).TrimEnd('/')}/verifikasi/{token}";
}
