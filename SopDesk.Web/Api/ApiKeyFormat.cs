using System.Security.Cryptography;
using System.Text;

namespace SopDesk.Web.Api;

/// <summary>A key as the institution holds it: "sdk_" + the key's id (32 hex) + "_" + a 256-bit random secret (base64url).</summary>
public sealed record PresentedKey(Guid Id, string Secret);

/// <summary>
/// Making, reading and hashing keys. The id finds the row; only the SHA-256 of the secret is stored and compared in constant
/// time. A 256-bit random secret needs no slow hash: nobody can guess it, and the hash alone cannot be used as a key.
/// </summary>
public static class ApiKeyFormat
{
    public const string Prefix = "sdk_";
    public const string HeaderName = "X-Api-Key";

    public static (string Key, string SecretHash) New(Guid id)
    {
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return ($"{Prefix}{id:N}_{secret}", Hash(secret));
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));

    /// <summary>The key from "Authorization: Bearer …" or "X-Api-Key: …"; null when neither carries a well-formed key.</summary>
    public static PresentedKey? FromHeaders(IHeaderDictionary headers)
    {
        var bearer = headers.Authorization.ToString();
        var raw = bearer.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? bearer[7..].Trim() : headers[HeaderName].ToString().Trim();
        return Parse(raw);
    }

    public static PresentedKey? Parse(string raw)
    {
        if (raw.Length is < 40 or > 100 || !raw.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var rest = raw[Prefix.Length..];
        var split = rest.IndexOf('_');
        return split == 32 && Guid.TryParseExact(rest[..split], "N", out var id) && split + 1 < rest.Length
            ? new PresentedKey(id, rest[(split + 1)..]) : null;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
