namespace SopDesk.Data.Entities;

/// <summary>
/// A berkas started online (an application, an account verification or a complaint): who owns it on /layanan and the
/// unguessable token of its public status page. One row per such berkas; a berkas registered at the desk has none.
/// </summary>
public sealed class OnlineCaseRecord
{
    public Guid CaseId { get; set; }
    /// <summary>The owner's public account; null for a complaint sent without an account (then <see cref="ContactEmail"/>).</summary>
    public Guid? AccountId { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    /// <summary>Random, URL-safe (at least 128 bits): the status page's address /layanan/status/{token}.</summary>
    public string StatusToken { get; set; } = "";
    /// <summary>The SOP's online purpose, by name (Application, AccountVerification, Complaint).</summary>
    public string Purpose { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public DateTimeOffset SubmittedAt { get; set; }
    /// <summary>How often the applicant resubmitted after a return (tidak lengkap).</summary>
    public int Resubmissions { get; set; }
    /// <summary>The last journal line the owner was told about by email (status mails are derived from the journal).</summary>
    public long NotifiedJournalId { get; set; }
}
