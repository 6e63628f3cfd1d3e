using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.Documents;

/// <summary>
/// What the printed documents say about the office that the SOP files do not ("Documents" section of appsettings):
/// the letterhead's government and address line, the city in "Pagar Alam, 23 November 2026", the addressee of a
/// passport recommendation, and — behind a reverse proxy — the public address the QR codes must carry.
/// </summary>
public sealed record DocumentSettings
{
    public string Government { get; init; } = "Pemerintah Kota Pagar Alam";
    public string City { get; init; } = "Pagar Alam";
    /// <summary>The kop's address line; the office enters its street, telephone and postal code here.</summary>
    public string Address { get; init; } = "Kota Pagar Alam, Sumatera Selatan";
    public string ImmigrationOffice { get; init; } = "Kepala Kantor Imigrasi";
    /// <summary>e.g. "https://sopdesk.pagaralamkota.go.id"; empty = the address the officer's browser used.</summary>
    public string? PublicBaseUrl { get; init; }

    /// <summary>"Pagar Alam, 23 November 2026"; dots to write the date by hand on a document printed before its signature.</summary>
    public string PlaceAndDate(DateTimeOffset? signedAt, OfficeTime time) =>
        $"{City}, {(signedAt is { } at ? time.FormatDay(at) : "......................")}";

    public static DocumentSettings Read(IConfiguration configuration) =>
        configuration.GetSection("Documents").Get<DocumentSettings>() ?? new DocumentSettings();

    /// <summary>The address a document's QR code carries: the public verification page of its token.</summary>
    public string VerificationUrl(string requestBaseUri, string token) =>
        $"{(string.IsNullOrWhiteSpace(PublicBaseUrl) ? requestBaseUri : PublicBaseUrl).TrimEnd('/')}/verifikasi/{token}";
}
