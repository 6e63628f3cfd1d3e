using System.Collections.Immutable;

namespace SopDesk.Workflows.Definitions;

/// <summary>
/// One SOP as the office wrote it: the header block, the lanes (roles), the numbered steps with their
/// transitions and targets, and the registers it writes. Immutable; loaded from a JSON file in
/// <c>workflows/</c> by <see cref="SopDefinitionLoader"/> and identified by (Id, ContentHash).
/// </summary>
public sealed record SopDefinition
{
    /// <summary>Stable key of the SOP, e.g. "ak1" — survives revisions of the file.</summary>
    public required string Id { get; init; }

    public required SopHeader Header { get; init; }
    public required ImmutableArray<Lane> Lanes { get; init; }

    /// <summary>Steps in the order the paper SOP prints them; the first one starts a case.</summary>
    public required ImmutableArray<Step> Steps { get; init; }

    public required ImmutableArray<EndState> Ends { get; init; }
    public ImmutableArray<Substitution> Substitutions { get; init; } = [];
    public ImmutableArray<RegisterDefinition> Registers { get; init; } = [];

    /// <summary>Bounded revision loops, counted by the outcomes that name them (<see cref="Outcome.Loop"/>).</summary>
    public ImmutableArray<RevisionLoop> Loops { get; init; } = [];

    /// <summary>Which form fields name the applicant/case in lists (berkas title, NIK).</summary>
    public CaseSummary Summary { get; init; } = new();

    /// <summary>Optional deadline for the whole case, beside the per-step targets (e.g. 30 hari kerja).</summary>
    public CaseDeadline? CaseDeadline { get; init; }

    /// <summary>Set when the public may start the SOP online (its first step done on /layanan); null = at the desk only.</summary>
    public OnlineService? Online { get; init; }

    /// <summary>Readings chosen where the source is ambiguous, kept visible to the office.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>SHA-256 (hex, lower case) of the file's canonical JSON: a new hash is a new version.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The JSON text this definition was read from (stored per version in the database).</summary>
    public required string SourceJson { get; init; }

    public Step FirstStep => Steps[0];

    /// <summary>What a tight list calls the SOP: the header's singkatan, else the id in capitals ("ak1" → "AK1").</summary>
    public string ShortName => Header.Singkatan ?? Id.ToUpperInvariant();

    public Step Step(string stepId) =>
        Steps.FirstOrDefault(s => s.Id == stepId)
        ?? throw new KeyNotFoundException($"SOP '{Id}' has no step '{stepId}'.");

    public Lane Lane(string laneId) =>
        Lanes.FirstOrDefault(l => l.Id == laneId)
        ?? throw new KeyNotFoundException($"SOP '{Id}' has no lane '{laneId}'.");

    public bool IsEnd(string target) => Ends.Any(e => e.Id == target);

    public RevisionLoop RevisionLoop(string loopId) =>
        Loops.FirstOrDefault(l => l.Id == loopId)
        ?? throw new KeyNotFoundException($"SOP '{Id}' has no loop '{loopId}'.");
}

public sealed record SopHeader
{
    /// <summary>Nomor SOP, e.g. "503/48/SOP.TK/DISPMPTSPTK/2024".</summary>
    public required string Nomor { get; init; }
    public required string Nama { get; init; }
    /// <summary>Short name the desk shows in tight lists ("AK1", "JHT"); see <see cref="SopDefinition.ShortName"/>.</summary>
    public string? Singkatan { get; init; }
    /// <summary>The title line the paper prints above its step table (e.g. "REGISTRASI PENERBITAN …"); the print falls back to <see cref="Nama"/>.</summary>
    public string? Judul { get; init; }
    public required string Instansi { get; init; }
    public required string Unit { get; init; }
    public required DateOnly TanggalPembuatan { get; init; }
    public DateOnly? TanggalRevisi { get; init; }
    public required DateOnly TanggalEfektif { get; init; }
    public required Official DisahkanOleh { get; init; }
    public ImmutableArray<string> DasarHukum { get; init; } = [];
    public ImmutableArray<string> KualifikasiPelaksana { get; init; } = [];
    public ImmutableArray<string> Keterkaitan { get; init; } = [];
    public ImmutableArray<string> Peralatan { get; init; } = [];
    public ImmutableArray<string> Peringatan { get; init; } = [];
    public ImmutableArray<string> Pencatatan { get; init; } = [];
    /// <summary>Documents the applicant must bring (persyaratan), where the SOP lists them.</summary>
    public ImmutableArray<string> Persyaratan { get; init; } = [];
}

public sealed record Official(string Nama, string Pangkat, string Nip);

/// <summary>Who is in the lane. An applicant or external lane is acted for by staff in <see cref="Roles"/>.</summary>
public enum LaneParty { Staff, Applicant, External }

/// <summary>
/// A swimlane column. Lanes are roles, not people: <see cref="Roles"/> lists the staff roles that act
/// in it (e.g. lane "Kabid &amp; Sekretaris" = roles kabid, sekretaris). For an applicant/external lane the
/// roles are the staff who record that party's acts at the desk.
/// </summary>
public sealed record Lane(string Id, string Name, LaneParty Party, ImmutableArray<string> Roles);

/// <summary>What a step is, for the UI and for clock rules. Transitions are uniform (next/outcomes).</summary>
public enum StepKind
{
    /// <summary>The applicant hands in the berkas (recorded by the front desk).</summary>
    Submit,
    Task,
    /// <summary>A completeness check or any choice between named outcomes.</summary>
    Decision,
    Paraf,
    Sign,
    Disposisi,
    Handover,
    /// <summary>Waiting for an outside party (replies from other offices, another Dinas).</summary>
    Wait,
    Meeting,
}

/// <summary>Whose clock runs while a step is open: the office's, the applicant's or an external party's.</summary>
public enum ClockOwner { Office, Applicant, External }

public sealed record Step
{
    public required string Id { get; init; }
    /// <summary>Row number of the SOP's "No" column (a sub-step shares its row's number).</summary>
    public required int No { get; init; }
    /// <summary>Sub-step letter ("a") for a row of the paper that has two lanes in sequence: printed "4a".</summary>
    public string? Sub { get; init; }
    /// <summary>The number as printed and shown everywhere ("4", "4a").</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Number => $"{No}{Sub}";
    public required string Kegiatan { get; init; }
    public required string Lane { get; init; }
    public required StepKind Kind { get; init; }
    public ImmutableArray<string> Kelengkapan { get; init; } = [];
    /// <summary>The target as printed ("5 Menit", "7 Hari"), parsed.</summary>
    public required TimeTarget Waktu { get; init; }
    public required string Output { get; init; }
    public string? Ket { get; init; }
    public ClockOwner Clock { get; init; } = ClockOwner.Office;

    /// <summary>Lateness here is the office's: not while the berkas waits on the pemohon or an outside party.</summary>
    public bool CountsAgainstOffice => Clock == ClockOwner.Office;

    /// <summary>Target of the single way on; null when the step has <see cref="Outcomes"/>.</summary>
    public string? Next { get; init; }
    public ImmutableArray<Outcome> Outcomes { get; init; } = [];

    /// <summary>Items ticked at a completeness check (persyaratan); a forward outcome needs every required one ticked.</summary>
    public ImmutableArray<ChecklistItem> Checklist { get; init; } = [];
    public ImmutableArray<FormField> Fields { get; init; } = [];

    /// <summary>How many times the step may be entered in one case (bounded loops); null = no bound.</summary>
    public int? MaxVisits { get; init; }

    /// <summary>On a step on the pemohon's clock: how long the pemohon has, and what happens when it runs out.</summary>
    public ApplicantLimit? ApplicantLimit { get; init; }
    public string? Note { get; init; }

    public bool HasOutcomes => !Outcomes.IsDefaultOrEmpty;
}

/// <summary>
/// One requirement checked at a completeness check. Written in the file as its text, or as
/// { "item": "…", "optional": true } for one that "lengkap" does not need.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(ChecklistItemJsonConverter))]
public sealed record ChecklistItem(string Item, bool Optional = false);

/// <summary>How an outcome moves the berkas; back edges must say why they go back.</summary>
public enum OutcomeKind
{
    Forward,
    /// <summary>Berkas goes back to the applicant (tidak lengkap); the office clock stops until resubmission.</summary>
    Return,
    /// <summary>Sent back for correction (koreksi) to an earlier step.</summary>
    Correction,
    /// <summary>The same or an earlier step again, bounded by the target's MaxVisits.</summary>
    Repeat,
}

public sealed record Outcome
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    /// <summary>A step id or an end id.</summary>
    public required string Next { get; init; }
    public OutcomeKind Kind { get; init; } = OutcomeKind.Forward;
    /// <summary>The officer must write why (e.g. what is missing).</summary>
    public bool RequiresNote { get; init; }
    /// <summary>The outcome is offered only once the step has been entered at least this many times.</summary>
    public int? MinVisits { get; init; }
    /// <summary>Choosing this outcome counts one round of the named <see cref="RevisionLoop"/>; not offered once it reached its max.</summary>
    public string? Loop { get; init; }
    /// <summary>Offered only once the named <see cref="RevisionLoop"/> reached its max (e.g. "ditolak" after 2 revisions).</summary>
    public string? AfterLoop { get; init; }
}

/// <summary>
/// A bounded revision loop ("paling banyak 2 kali revisi"), counted by the outcomes chosen that name it —
/// never by how often a step was entered, so a koreksi that returns to the same step does not count.
/// </summary>
public sealed record RevisionLoop(string Id, string Label, int Max);

public enum EndKind { Completed, Returned, Settled, Cancelled, Rejected }

public sealed record EndState(string Id, string Label, EndKind Kind);

public enum FieldType { Text, Textarea, Number, Date, Choice, Nik, Nip, Phone, Email, Money }

public sealed record FormField
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public required FieldType Type { get; init; }
    public bool Required { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    /// <summary>A .NET regular expression the whole value must match.</summary>
    public string? Pattern { get; init; }
    public ImmutableArray<string> Options { get; init; } = [];
    /// <summary>Personal data (NIK, address, documents): masked in lists, shown only on need.</summary>
    public bool Personal { get; init; }
    /// <summary>The value must be the number of a valid entry of this register (any SOP's), held by the same NIK — e.g. the AK1 a passport recommendation needs.</summary>
    public string? Register { get; init; }
    public string? Help { get; init; }
    /// <summary>On a NIK field: the date field holding the same person's birth date, which the NIK's digits 7–12 must match.</summary>
    public string? BirthDateField { get; init; }
    /// <summary>On a NIK field: the choice field ("Laki-laki"/"Perempuan") its day digits (+40 for women) must match.</summary>
    public string? GenderField { get; init; }
}

/// <summary>
/// When the holder of <see cref="Role"/> is absent, staff holding <see cref="ActingRole"/> may act on
/// <see cref="Steps"/> (all steps of lanes holding Role when empty); acts are recorded as "Plh. …".
/// </summary>
public sealed record Substitution(string Role, string ActingRole, ImmutableArray<string> Steps, string? Note);

public sealed record RegisterDefinition
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>Step at whose completion the entry is written and numbered.</summary>
    public required string At { get; init; }
    /// <summary>Pattern like "{seq:0000}/AK1/{unit}/{year}"; the sequence restarts every year (office time zone).</summary>
    public required string Numbering { get; init; }
    /// <summary>The office's code put in for {unit}, e.g. "DISPMPTSPTK".</summary>
    public string? Unit { get; init; }
    public required ImmutableArray<RegisterColumn> Columns { get; init; }
    /// <summary>
    /// The document the office hands out for an entry, issued when the berkas is signed: written in the file as a template
    /// name (the old form, "kartu-ak1") or declared in full (<see cref="DocumentDefinition"/>).
    /// </summary>
    public DocumentDefinition? Document { get; init; }
    /// <summary>How long the issued document stays valid, in months from its signature (old form); null = no end.</summary>
    public int? ValidMonths { get; init; }

    /// <summary>The months the issued document is valid: its declaration's, else the register's (old form).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int? DocumentValidMonths => Document?.ValidMonths ?? ValidMonths;
}

/// <summary>
/// A document declared in a SOP file: what it is called, how it is laid out (<see cref="DocumentTemplates"/>), which sign
/// step's signer signs it, how long it is valid and which values it prints. A new document needs no code.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(DocumentDefinitionJsonConverter))]
public sealed record DocumentDefinition
{
    /// <summary>Stable key, stored with each register line and used in the print address, e.g. "tanda-daftar-lpk".</summary>
    public required string Id { get; init; }
    /// <summary>The title as printed; null only in the old string form (the dedicated template's own title).</summary>
    public string? Title { get; init; }
    public required string Template { get; init; }
    /// <summary>The sign step whose signer signs the document; null = any sign step of the SOP (as before).</summary>
    public string? SignedAt { get; init; }
    public int? ValidMonths { get; init; }
    public ImmutableArray<DocumentField> Fields { get; init; } = [];
    /// <summary>An optional paragraph; {source} placeholders take the same values as <see cref="Fields"/>. Printed as text, never markup.</summary>
    public string? Body { get; init; }

    /// <summary>Written in the file as a bare template name ("document": "kartu-ak1").</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsShortForm => Title is null;
}

/// <summary>One printed line of a declared document: its label and a register-column source.</summary>
public sealed record DocumentField(string Label, string Source);

/// <summary>The layouts a document can be printed with: two generic ones and the two dedicated layouts of the first documents.</summary>
public static class DocumentTemplates
{
    /// <summary>An A4 letter: letterhead, title, number, body, field table, signature block, QR code.</summary>
    public const string Surat = "surat";
    /// <summary>A card (the AK1 card's size): office, title, number, field table, signature block, QR code.</summary>
    public const string Kartu = "kartu";
    public const string KartuAk1 = "kartu-ak1";
    public const string RekomendasiPaspor = "rekomendasi-paspor";
    public static readonly ImmutableArray<string> All = [Surat, Kartu, KartuAk1, RekomendasiPaspor];
    /// <summary>Layouts written for one SOP's form fields; they print no declared fields or body.</summary>
    public static readonly ImmutableArray<string> Dedicated = [KartuAk1, RekomendasiPaspor];
}

/// <summary>A register column: a form field id, or a system value ("case.number", "register.number", "step.&lt;id&gt;.actor", "step.&lt;id&gt;.at", "document.validUntil", "document.signedAt").</summary>
public sealed record RegisterColumn(string Header, string Source);

/// <summary>The column and field sources read from the register line's document, computed when shown (never stored).</summary>
public static class DocumentSources
{
    /// <summary>The signing moment plus the document's valid months, counted in office days ("31 Jan" + 1 month = 28/29 Feb).</summary>
    public const string ValidUntil = "document.validUntil";
    public const string SignedAt = "document.signedAt";
}

public sealed record CaseSummary
{
    public string? ApplicantNameField { get; init; }
    public string? NikField { get; init; }
}

public sealed record CaseDeadline(TimeTarget Waktu, string? Note = null)
{
    /// <summary>The step whose first arrival starts the deadline ("sejak berkas diterima lengkap"); null = from submission.</summary>
    public string? From { get; init; }

    /// <summary>How long before the deadline the lane holding the berkas and its superiors are warned; null = no warning.</summary>
    public TimeTarget? WarnBefore { get; init; }
}

/// <summary>
/// The pemohon's own time limit on a step on their clock ("melengkapi berkas paling lama 10 hari kerja"), counted from the
/// item's arrival. <see cref="OnExpiry"/> is the end (of kind returned or rejected) the berkas closes to, or "alert".
/// </summary>
public sealed record ApplicantLimit(TimeTarget Waktu, string OnExpiry)
{
    /// <summary>The <see cref="OnExpiry"/> value that tells the lane instead of closing the berkas.</summary>
    public const string Alert = "alert";

    /// <summary>How long before the limit the lane's staff are reminded; null = no reminder.</summary>
    public TimeTarget? RemindBefore { get; init; }

    public bool AlertsOnly => OnExpiry == Alert;
}
