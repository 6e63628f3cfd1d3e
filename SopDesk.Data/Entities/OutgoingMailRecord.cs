namespace SopDesk.Data.Entities;

/// <summary>
/// An email waiting to be sent (outbox). Written in the same transaction as what it tells; a dispatcher sends it and
/// retries on failure, so a mail server that is down never loses or blocks the change itself.
/// </summary>
public sealed class OutgoingMailRecord
{
    public long Id { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    /// <summary>What the mail is about, e.g. "konfirmasi-email", "status-berkas", "pengaduan-terlambat".</summary>
    public string Kind { get; set; } = "";
    public Guid? CaseId { get; set; }
    public Guid? AccountId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>Set once the retries are used up; the mail is then shown to administrators, never dropped silently.</summary>
    public bool GaveUp { get; set; }
}
