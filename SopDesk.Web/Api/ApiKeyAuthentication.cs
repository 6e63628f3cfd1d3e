using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace SopDesk.Web.Api;

/// <summary>
/// The "ApiKey" scheme: the key in "Authorization: Bearer …" or "X-Api-Key", looked up in the database on every call (so a
/// revoke counts at once). Missing, unknown or revoked: 401; a key without the endpoint's scope: 403 — both problem+json.
/// Only /api/v1's endpoints ask for this scheme; the staff and public cookies never reach it.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiKeyService keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string KeyIdClaim = "sopdesk:api-key", InstitutionClaim = "sopdesk:institution", ScopeClaim = "sopdesk:scope";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiKeyFormat.FromHeaders(Request.Headers) is not { } presented) return AuthenticateResult.NoResult();
        if (await keys.FindActiveAsync(presented, Context.RequestAborted) is not { } caller)
            return AuthenticateResult.Fail("Kunci API tidak dikenal atau sudah dicabut.");
        var identity = new ClaimsIdentity(
            [new(KeyIdClaim, caller.KeyId.ToString("N")), new(InstitutionClaim, caller.Institution), .. caller.Scopes.Select(s => new Claim(ScopeClaim, s))],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Kunci API diperlukan",
            "Kirim kunci API instansi Anda di header Authorization: Bearer <kunci> atau X-Api-Key. Kunci yang dicabut tidak berlaku lagi.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Di luar izin kunci",
            "Kunci API ini tidak diizinkan memakai layanan ini. Minta administrator SopDesk menambah izinnya.");

    /// <summary>The caller of an authenticated API request: key id and institution.</summary>
    public static (string KeyId, string Institution)? CallerOf(ClaimsPrincipal user) =>
        user.FindFirstValue(KeyIdClaim) is { } id ? (id, user.FindFirstValue(InstitutionClaim) ?? "") : null;
}
