using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using SopDesk.Web.Features.Uploads;

namespace SopDesk.Web.Layanan.Applications;

/// <summary>A file already inspected and stored while another field of the form was still wrong: it is kept, not sent again.</summary>
public sealed record KeptUpload(string UploadId, string StorageName, string Sha256, string ContentType, long SizeBytes, string OriginalName)
{
    public static KeptUpload From(string uploadId, StoredUpload stored) =>
        new(uploadId, stored.StorageName, stored.Sha256, stored.ContentType, stored.SizeBytes, stored.OriginalName);
}

/// <summary>
/// The hidden values an application form carries between posts, signed by data protection and bound to the account, so a
/// visitor can neither make one up nor reuse another's: the one-time submission id (the id the berkas will get) and the
/// files already accepted. Both expire after a day.
/// </summary>
public sealed class FormTokens(IDataProtectionProvider protection)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);
    private readonly ITimeLimitedDataProtector _submissions = protection.CreateProtector("SopDesk.Layanan.Submission").ToTimeLimitedDataProtector();
    private readonly ITimeLimitedDataProtector _kept = protection.CreateProtector("SopDesk.Layanan.KeptUpload").ToTimeLimitedDataProtector();

    public string NewSubmission(Guid accountId, DateTimeOffset now) =>
        _submissions.Protect($"{Guid.CreateVersion7(now):N}|{accountId:N}", Lifetime);

    public Guid? ReadSubmission(string? token, Guid accountId) =>
        Read(_submissions, token) is { } text && text.Split('|') is [var id, var account] && account == accountId.ToString("N")
            && Guid.TryParseExact(id, "N", out var submission) ? submission : null;

    public string Keep(KeptUpload upload, Guid accountId) =>
        _kept.Protect(JsonSerializer.Serialize(new KeptToken(accountId, upload)), Lifetime);

    public KeptUpload? ReadKept(string? token, Guid accountId, string uploadId) =>
        Read(_kept, token) is { } json && JsonSerializer.Deserialize<KeptToken>(json) is { } kept
            && kept.AccountId == accountId && kept.Upload.UploadId == uploadId ? kept.Upload : null;

    private static string? Read(ITimeLimitedDataProtector protector, string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try { return protector.Unprotect(token); }
        catch (CryptographicException) { return null; }
    }

    private sealed record KeptToken(Guid AccountId, KeptUpload Upload);
}
