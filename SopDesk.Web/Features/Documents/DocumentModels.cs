using System.Globalization;
using System.Text.Json;
using SopDesk.Data.Entities;
using SopDesk.Data.Registers;
using SopDesk.Web.Features.Office;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Documents;

/// <summary>What a print page shows, or why it shows nothing (with the HTTP status the page answers).</summary>
public sealed record DocumentOpening<T>(T? Document, string? Problem, int StatusCode) where T : class;

public static class DocumentOpening
{
    public static DocumentOpening<T> Ready<T>(T document) where T : class => new(document, null, StatusCodes.Status200OK);
    public static DocumentOpening<T> Refused<T>(string problem, int statusCode) where T : class => new(null, problem, statusCode);
}

/// <summary>The parts every printed document shares: its register line, where it stands now, who signed it, its QR token.</summary>
public sealed record IssuedDocument(
    string Kind,
    string Number,
    Guid CaseId,
    string CaseNumber,
    DocumentState State,
    DateTimeOffset? SignedAt,
    DateTimeOffset? ValidUntil,
    DateTimeOffset? CancelledAt,
    int? ValidMonths,
    Signatory Signatory,
    string VerificationToken);

/// <summary>The signature block: the capacity, and — once signed — the name and NIP of who signed.</summary>
public sealed record Signatory(string Title, string? Name, string? Nip)
{
    /// <summary>"kabid" → "Kepala Bidang Tenaga Kerja", "Plh. kabid" → "Plh. Kepala Bidang Tenaga Kerja", "sekretaris" → "Sekretaris".</summary>
    public static string TitleFor(string capacity, SopHeader header, OfficeProfile office)
    {
        var plh = capacity.StartsWith("Plh. ", StringComparison.Ordinal);
        var role = plh ? capacity["Plh. ".Length..] : capacity;
        var title = role == office.HeadRole ? $"Kepala {header.Instansi}" : role switch
        {
            "kabid" => $"Kepala {header.Unit}",
            "kasi" => "Kepala Seksi",
            _ => office.NameOf(role),
        };
        return plh ? $"Plh. {title}" : title;
    }

    /// <summary>"a.n. Kepala Dinas …" above an official's title, unless the Kepala Dinas signs in person.</summary>
    public static string? OnBehalfOf(string title, SopHeader header) =>
        title.Contains($"Kepala {header.Instansi}", StringComparison.Ordinal) ? null : $"a.n. Kepala {header.Instansi}";
}

/// <summary>A berkas's form values as a document prints them: a missing or empty value as "-", dates in words.</summary>
public sealed class FormValues(IReadOnlyDictionary<string, string> values)
{
    public string this[string id] => values.GetValueOrDefault(id) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : "-";

    public bool Has(string id) => !string.IsNullOrWhiteSpace(values.GetValueOrDefault(id));

    /// <summary>"1997-09-11" → "11 September 1997".</summary>
    public string Date(string id) =>
        DateOnly.TryParseExact(values.GetValueOrDefault(id), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("d MMMM yyyy", OfficeTime.Indonesian) : this[id];

    public static FormValues Of(CaseRecord row) => new(JsonSerializer.Deserialize<Dictionary<string, string>>(row.DataJson) ?? []);
}

/// <summary>The AK1 card of a berkas: its register line, the applicant's data and — when applied for online — the uploaded pas foto.</summary>
public sealed record Ak1Card(IssuedDocument Document, FormValues Values, SopHeader Header, Guid? PhotoUploadId = null)
{
    /// <summary>"SMA/SMK, jurusan IPA, lulus tahun 2015" — the optional parts only when entered.</summary>
    public string Education => string.Join(", ", new[]
    {
        Values["pendidikan"], Values.Has("jurusan") ? $"jurusan {Values["jurusan"]}" : null, Values.Has("tahunLulus") ? $"lulus tahun {Values["tahunLulus"]}" : null,
    }.OfType<string>());

    /// <summary>"sampai dengan 1 Desember 2028", or before signing "berlaku 2 tahun sejak ditandatangani".</summary>
    public string Validity(OfficeTime time) => Document switch
    {
        { SignedAt: not null, ValidUntil: { } until } => $"sampai dengan {time.FormatDay(until)}",
        { SignedAt: null, ValidMonths: { } months } => $"berlaku {DocumentTexts.Period(months)} sejak ditandatangani",
        _ => "-",
    };

    /// <summary>The printed lines of the card's data, in order (the HTML card and the PDF print the same).</summary>
    public IReadOnlyList<(string Label, string Value)> Lines(OfficeTime time) =>
    [
        ("Nama Lengkap", Values["nama"]),
        ("Tempat / Tgl. Lahir", $"{Values["tempatLahir"]}, {Values.Date("tanggalLahir")}"),
        ("Jenis Kelamin", Values["jenisKelamin"]),
        ("Status", Values["statusPerkawinan"]),
        ("Agama", Values["agama"]),
        ("Alamat", Values["alamat"]),
        ("Pendidikan Terakhir", Education),
        ("Keterampilan", Values["keterampilan"]),
        ("Masa Berlaku", Validity(time)),
    ];
}

/// <summary>A passport recommendation letter, and where the AK1 it rests on stands today.</summary>
public sealed record PassportLetter(IssuedDocument Document, FormValues Values, SopHeader Header, Ak1Reference Ak1);

/// <summary>The AK1 a passport berkas names: its state now (null when the number is not in the register).</summary>
public sealed record Ak1Reference(string Number, DocumentState? State, DateTimeOffset? ValidUntil, DateTimeOffset? CancelledAt);

/// <summary>A document declared in its SOP file (<see cref="DocumentDefinition"/>): its printed lines and body paragraphs, filled in.</summary>
public sealed record DeclaredDocument(IssuedDocument Document, DocumentDefinition Declaration, SopHeader Header, IReadOnlyList<PrintedField> Fields,
    IReadOnlyList<string> Body)
{
    public string Title => DocumentTexts.Name(Declaration);
}

/// <summary>One printed line: the declared label and its value as text (the page escapes it).</summary>
public sealed record PrintedField(string Label, string Value);
