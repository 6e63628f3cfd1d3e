namespace SopDesk.Data.Entities;

/// <summary>
/// A document uploaded online for a berkas. The bytes live in the upload folder (outside the web root) under
/// <see cref="StorageName"/>; the database keeps their SHA-256, so a changed file is detected before it is served.
/// </summary>
public sealed class UploadRecord
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    /// <summary>The upload's id in the SOP file's online.uploads (e.g. "pas-foto").</summary>
    public string UploadId { get; set; } = "";
    /// <summary>The file's name as sent, cleaned (shown, never used as a path).</summary>
    public string OriginalName { get; set; } = "";
    /// <summary>As recognised from the stored bytes: image/jpeg, image/png or application/pdf.</summary>
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public string Sha256 { get; set; } = "";
    /// <summary>Random file name inside the upload folder.</summary>
    public string StorageName { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedByUserId { get; set; } = "";
    public UploadStatus Status { get; set; }
    /// <summary>The officer's reason when the document was refused (tidak lengkap), shown to the applicant.</summary>
    public string? ReviewNote { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewedByUserId { get; set; }
    /// <summary>The upload that replaced this one after a return.</summary>
    public Guid? ReplacedById { get; set; }
}

public enum UploadStatus { Submitted, Accepted, Refused, Replaced }
