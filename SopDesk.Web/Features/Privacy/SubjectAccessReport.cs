namespace SopDesk.Web.Features.Privacy;

/// <summary>
/// Everything SopDesk holds on one NIK, as the one JSON file an administrator hands to the person (UU PDP's right of
/// access). JSON, not a spreadsheet or PDF: it is complete and structured (the person may take it elsewhere), and readable
/// as it stands because form values carry the SOP's own Indonesian labels and times are written in the office's zone.
/// </summary>
public sealed record SubjectAccessReport(
    string Nik, DateTimeOffset ProducedAt, string ProducedBy, IReadOnlyList<SubjectCase> Berkas, IReadOnlyList<SubjectRegisterLine> RegisterLines,
    IReadOnlyList<SubjectJournalLine> Journal, IReadOnlyList<SubjectNotification> Notifications);

public sealed record SubjectCase(
    string Number, string Sop, string SopTitle, string Status, DateTimeOffset StartedAt, DateTimeOffset? ClosedAt,
    IReadOnlyDictionary<string, string> Values, IReadOnlyList<SubjectStep> Steps);

public sealed record SubjectStep(
    string Step, string? Outcome, DateTimeOffset ArrivedAt, DateTimeOffset? DoneAt, string? DoneBy, string? DoneAs, string? Note,
    IReadOnlyDictionary<string, string> Values);

/// <summary>
/// A line of a buku register; a line that hands out a document also names it (the id and the title its SOP file declares)
/// and says when and by whom it was signed.
/// </summary>
public sealed record SubjectRegisterLine(
    string Register, string Number, string BerkasNumber, DateTimeOffset AssignedAt, string Status, IReadOnlyDictionary<string, string> Values,
    string? Document, DateTimeOffset? SignedAt, string? SignedBy, DateTimeOffset? ValidUntil)
{
    public string? DocumentName { get; init; }
}

/// <summary>Who did or saw what with the person's berkas (views of personal data included), and searches by the NIK.</summary>
public sealed record SubjectJournalLine(DateTimeOffset At, string Who, string As, string Action, string? Berkas, string Detail);

public sealed record SubjectNotification(DateTimeOffset At, string ToUserId, string Title, string Text);
