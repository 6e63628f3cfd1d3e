using System.Security.Cryptography;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Uploads;

/// <summary>
/// The one way a document enters and leaves the upload folder: <see cref="InspectAsync"/> decides (allow-list by first
/// bytes, the declaration's types and size, no markup or polyglot, images re-encoded, PDFs parsed),
/// <see cref="Store"/> writes under a random name, <see cref="OpenAsync"/> reads back only bytes whose SHA-256 still matches.
/// </summary>
public sealed class UploadService(UploadSettings settings, ILogger<UploadService> log)
{
    /// <summary>Inspects one sent file against its declaration. Reads at most the declared limit + 1 byte.</summary>
    public async Task<UploadCheck> InspectAsync(UploadDefinition declared, string fileName, Stream content, CancellationToken ct = default)
    {
        var limit = (long)declared.MaxKb * 1024;
        var tooBig = $"{declared.Label}: berkas {{0}} melebihi batas {FileSizeText.Of(limit)}";
        if (content.CanSeek && content.Length - content.Position > limit)
            return UploadCheck.Refused(string.Format(tooBig, FileSizeText.Of(content.Length - content.Position)));
        var bytes = await BoundedRead.ReadAsync(content, limit, ct);
        if (bytes is null) return UploadCheck.Refused($"{declared.Label}: berkas melebihi batas {FileSizeText.Of(limit)}");
        return Inspect(declared, fileName, bytes);
    }

    /// <summary>The decision on bytes already read (within the limit).</summary>
    public static UploadCheck Inspect(UploadDefinition declared, string fileName, byte[] bytes)
    {
        var label = declared.Label;
        var accepted = declared.Accept.IsDefaultOrEmpty ? [UploadType.Jpeg, UploadType.Png, UploadType.Pdf] : declared.Accept;
        var wanted = $"yang diterima: {UploadTypes.List(accepted)}";
        if (bytes.Length == 0) return UploadCheck.Refused($"{label}: berkas kosong (0 byte); pilih berkas lain");

        if (FileSignature.Of(bytes) is not { } type)
        {
            var span = bytes.AsSpan();
            if (MarkupScan.LooksLikeMarkup(span))
                return UploadCheck.Refused($"{label}: berkas HTML/SVG (teks berisi kode) tidak diterima; {wanted}");
            if (span.IndexOf(FileSignature.Pdf) > 0)
                return UploadCheck.Refused($"{label}: ada data lain sebelum awal PDF (berkas ganda) sehingga tidak diterima; simpan ulang sebagai PDF biasa");
            if (FileSignature.IsProgram(span))
                return UploadCheck.Refused($"{label}: berkas ini adalah program, bukan dokumen; {wanted}");
            return UploadCheck.Refused($"{label}: jenis berkas tidak dikenali; {wanted}");
        }
        if (!accepted.Contains(type))
            return UploadCheck.Refused($"{label}: berkas {UploadTypes.Name(type)} tidak diterima untuk dokumen ini; {wanted}");
        if (declared.Photo && !UploadTypes.IsImage(type))
            return UploadCheck.Refused($"{label}: pas foto harus berupa gambar (JPEG atau PNG)");

        var name = UploadFileName.Clean(fileName, type, declared.Id);
        if (type == UploadType.Pdf)
            return PdfCheck.Problem(bytes) is { } problem ? UploadCheck.Refused($"{label}: {problem}") : UploadCheck.Accept(bytes, type, name);

        var end = type == UploadType.Jpeg ? ImageEnd.Jpeg(bytes) : ImageEnd.Png(bytes);
        if (end > 0 && end < bytes.Length && MarkupScan.ContainsMarkup(bytes.AsSpan(end)))
            return UploadCheck.Refused($"{label}: gambar ini membawa kode HTML/skrip di belakang datanya (berkas ganda) dan tidak diterima");
        var image = ImageNormalizer.Normalize(bytes, type, declared.Photo);
        if (image.Problem is { } imageProblem) return UploadCheck.Refused($"{label}: berkas {UploadTypes.Name(type)} {imageProblem}");
        return UploadCheck.Accept(image.Bytes!, image.Type, UploadFileName.Clean(fileName, image.Type, declared.Id));
    }

    /// <summary>Writes an accepted file under a new random name (no part of the sent name) and returns the record's fields.</summary>
    public StoredUpload Store(UploadCheck accepted)
    {
        if (!accepted.Accepted) throw new InvalidOperationException("A refused upload cannot be stored.");
        var storageName = Guid.NewGuid().ToString("N") + UploadTypes.Extension(accepted.Type);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var file = new FileStream(PathOf(storageName), options)) file.Write(accepted.Bytes);
        return new StoredUpload(storageName, Hash(accepted.Bytes), accepted.ContentType, accepted.Bytes.LongLength) { OriginalName = accepted.FileName };
    }

    /// <summary>The stored bytes, or null when the file is missing or its SHA-256 no longer matches the record (logged).</summary>
    public async Task<Stream?> OpenAsync(UploadRecord record, CancellationToken ct = default)
    {
        var path = PathOf(record.StorageName);
        if (!File.Exists(path))
        {
            log.LogError("Upload {Id} of berkas {CaseId}: its file {Storage} is missing", record.Id, record.CaseId, record.StorageName);
            return null;
        }
        var bytes = await File.ReadAllBytesAsync(path, ct);
        if (!string.Equals(Hash(bytes), record.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            log.LogError("Upload {Id} of berkas {CaseId}: the SHA-256 of {Storage} no longer matches; not served", record.Id, record.CaseId, record.StorageName);
            return null;
        }
        return new MemoryStream(bytes, writable: false);
    }

    /// <summary>Deletes a stored file whose record was never saved (the caller's transaction failed).</summary>
    public void Discard(StoredUpload stored)
    {
        var path = PathOf(stored.StorageName);
        if (File.Exists(path)) File.Delete(path);
    }

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Only names this service made (32 hex digits + extension) map to a path: a record can never point outside the folder.</summary>
    private string PathOf(string storageName)
    {
        if (storageName.Length is < 33 or > 40 || storageName.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '.'))
            throw new InvalidOperationException($"Not an upload storage name: {storageName}");
        return Path.Combine(settings.Path, storageName);
    }
}
