using System.Collections.Immutable;

namespace SopDesk.Workflows.Definitions;

/// <summary>
/// A SOP the public may start online (<c>"online"</c> in the file): its first step, on the pemohon's lane, is done by the
/// applicant on <c>/layanan</c> instead of being typed in at the desk, with the documents <see cref="Uploads"/> declares.
/// </summary>
public sealed record OnlineService
{
    /// <summary>What the online start is for: an application, the verification of a public account, a complaint.</summary>
    public required OnlinePurpose Purpose { get; init; }

    /// <summary>Who may start it: pencari kerja, pemberi kerja, or anyone (umum, also without an account).</summary>
    public ImmutableArray<OnlineAudience> Audience { get; init; } = [];

    /// <summary>One or two sentences for the public service page (the header's name is the title).</summary>
    public string? Summary { get; init; }

    /// <summary>The documents the applicant uploads with the first step (its kelengkapan).</summary>
    public ImmutableArray<UploadDefinition> Uploads { get; init; } = [];

    public UploadDefinition? Upload(string id) => Uploads.FirstOrDefault(u => u.Id == id);
}

/// <summary>Vacancy: an employer's lowongan, checked by the office before it is published (the wajib lapor lowongan).</summary>
public enum OnlinePurpose { Application, AccountVerification, Complaint, Vacancy }

public enum OnlineAudience { PencariKerja, PemberiKerja, Umum }

/// <summary>The file types an upload may be, recognised by the file's first bytes (never by its name or declared type).</summary>
public enum UploadType { Jpeg, Png, Pdf }

/// <summary>
/// One document the applicant uploads, e.g. { "id": "pas-foto", "label": "Pas foto 3×4", "requirement": "Pas foto 3x4 (2 lembar)",
/// "accept": ["jpeg", "png"], "photo": true }.
/// </summary>
public sealed record UploadDefinition
{
    public const int DefaultMaxKb = 2048;

    public required string Id { get; init; }
    public required string Label { get; init; }
    /// <summary>The checklist item of the SOP's completeness check this document answers (its text, as in "checklist").</summary>
    public string? Requirement { get; init; }
    public ImmutableArray<UploadType> Accept { get; init; } = [UploadType.Jpeg, UploadType.Png, UploadType.Pdf];
    public int MaxKb { get; init; } = DefaultMaxKb;
    public bool Required { get; init; } = true;
    /// <summary>The pas foto: an image cropped to 3×4 (354×472 px), printed on the document the SOP issues.</summary>
    public bool Photo { get; init; }
    public string? Help { get; init; }
}
