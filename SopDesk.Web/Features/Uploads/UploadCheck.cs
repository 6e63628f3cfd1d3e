using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Uploads;

/// <summary>
/// The answer of <see cref="UploadService.InspectAsync"/>: either a refusal with its Indonesian message (shown next to the
/// file field) or the accepted file, already normalised (images re-encoded without metadata, the pas foto cropped) and
/// ready for <see cref="UploadService.Store"/>.
/// </summary>
public sealed class UploadCheck
{
    private UploadCheck(string? message, byte[] bytes, UploadType type, string fileName)
    {
        Message = message;
        Bytes = bytes;
        Type = type;
        FileName = fileName;
    }

    /// <summary>Null when accepted.</summary>
    public string? Message { get; }
    public bool Accepted => Message is null;
    /// <summary>The bytes to store (empty when refused).</summary>
    public byte[] Bytes { get; }
    public UploadType Type { get; }
    /// <summary>The sent name, cleaned for display (never a path); its extension matches the stored type.</summary>
    public string FileName { get; }
    public string ContentType => UploadTypes.ContentType(Type);

    public static UploadCheck Refused(string message) => new(message, [], default, "");

    public static UploadCheck Accept(byte[] bytes, UploadType type, string fileName) => new(null, bytes, type, fileName);
}

/// <summary>What <see cref="UploadService.Store"/> wrote: the fields of the <see cref="Data.Entities.UploadRecord"/> the caller adds.</summary>
public sealed record StoredUpload(string StorageName, string Sha256, string ContentType, long SizeBytes)
{
    /// <summary>The cleaned name the applicant sent (for UploadRecord.OriginalName).</summary>
    public string OriginalName { get; init; } = "";

    /// <summary>The record for the caller's transaction: this file as <paramref name="uploadId"/> (the SOP file's upload id) of the berkas.</summary>
    public Data.Entities.UploadRecord ToRecord(Guid caseId, string uploadId, string uploadedByUserId, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(), CaseId = caseId, UploadId = uploadId, OriginalName = OriginalName, ContentType = ContentType, SizeBytes = SizeBytes,
        Sha256 = Sha256, StorageName = StorageName, UploadedAt = at, UploadedByUserId = uploadedByUserId, Status = Data.Entities.UploadStatus.Submitted,
    };
}
