namespace SopDesk.Data.Entities;

/// <summary>
/// One line of a buku register: its number (gap-free per register and year, never reused), the berkas it records,
/// the column values as they stood when the register step was last completed, and — for registers that hand out a
/// document — when and by whom it was signed, until when it is valid, and the unguessable token its QR code carries.
/// </summary>
public sealed class RegisterEntryRecord
{
    public Guid Id { get; set; }
    public string RegisterId { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int Year { get; set; }
    public int Sequence { get; set; }
    public string Number { get; set; } = "";
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public DateTimeOffset AssignedAt { get; set; }
    public string AssignedByUserId { get; set; } = "";
    public string AssignedByName { get; set; } = "";
    public string ApplicantName { get; set; } = "";
    public string? Nik { get; set; }
    /// <summary>Column values keyed by the register column's source (a field id, "case.number", "step.&lt;id&gt;.actor" …).</summary>
    public string ValuesJson { get; set; } = "{}";
    /// <summary>Lower-case number, berkas number, name and NIK, for the register page's text filter.</summary>
    public string SearchText { get; set; } = "";
    public RegisterEntryStatus Status { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelledByName { get; set; }
    public string? CancelReason { get; set; }
    /// <summary>The id of the document handed out (the register's declared document, e.g. "kartu-ak1"), or null for a register without one.</summary>
    public string? Document { get; set; }
    /// <summary>Random, URL-safe, 22 characters: the only key of the public verification page.</summary>
    public string? VerificationToken { get; set; }
    public DateTimeOffset? SignedAt { get; set; }
    public string? SignedByUserId { get; set; }
    public string? SignedByName { get; set; }
    /// <summary>The signer's capacity as the journal records it, e.g. "kabid" or "Plh. kabid".</summary>
    public string? SignedAs { get; set; }
    public DateTimeOffset? ValidUntil { get; set; }
    public int Version { get; set; }
}

/// <summary>Active, or cancelled (batal): a cancelled entry keeps its number, which is never given again.</summary>
public enum RegisterEntryStatus { Active, Cancelled }
