namespace SopDesk.Data.Migrations;

/// <summary>
/// UtcTimes' SQL (decision 042): every stored DateTimeOffset rewritten in place from EF's DateTimeOffsetToBinaryConverter
/// (the clock time's ticks / 1000 shifted left 11 bits, the offset in minutes in the low 11 bits, signed) to UTC ticks.
/// Written by hand: a value converter is no schema change, so EF sees nothing to migrate. The column list is the model's at
/// this migration (a later column is born UTC). The journal's append-only triggers step aside for the rewrite only.
/// </summary>
internal static class UtcTimesSql
{
    private static readonly (string Table, string[] Columns)[] Columns =
    [
        ("Absences", ["From", "To", "CreatedAt"]),
        ("AspNetUsers", ["LockoutEnd"]),
        ("Cases", ["StartedAt", "ClosedAt", "CurrentDueAt", "UpdatedAt"]),
        ("CorrectionRequests", ["CreatedAt", "AnsweredAt"]),
        ("DefinitionVersions", ["LoadedAt"]),
        ("JobApplications", ["AppliedAt", "DecidedAt"]),
        ("JobSeekerProfiles", ["SignedAt", "ValidUntil", "PlacedAt", "UpdatedAt"]),
        ("Journal", ["At"]),
        ("Notifications", ["CreatedAt", "ReadAt"]),
        ("OfficeProfile", ["UpdatedAt"]),
        ("OnlineCases", ["SubmittedAt"]),
        ("OutgoingMails", ["CreatedAt", "NextAttemptAt", "SentAt"]),
        ("Placements", ["ReportedAt"]),
        ("PublicAccounts", ["EmailConfirmedAt", "VerifiedAt", "ConsentAt", "CreatedAt"]),
        ("RegisterEntries", ["AssignedAt", "CancelledAt", "SignedAt", "ValidUntil"]),
        ("SlaBreaches", ["DueAt", "DetectedAt", "ResolvedAt", "EscalatedAt"]),
        ("StaffSessions", ["CreatedAt", "LastActivityAt", "EndedAt"]),
        ("Uploads", ["UploadedAt", "ReviewedAt"]),
        ("Vacancies", ["CreatedAt", "UpdatedAt", "PublishedAt", "ClosedAt"]),
        ("WorkItems", ["ArrivedAt", "DueAt", "ApplicantDueAt", "DoneAt", "HeldSince", "SeenAt"]),
    ];

    /// <summary>Old value v: clock ticks (v >> 11) * 1000, offset minutes the sign-extended low 11 bits ((v &lt;&lt; 53) >> 53); UTC = clock - offset.</summary>
    private static string ToUtc(string c) => $"((\"{c}\" >> 11) * 1000 - ((\"{c}\" << 53) >> 53) * 600000000)";

    /// <summary>Back to EF's binary format, at offset 0 (the same instants; the offsets once written are not kept).</summary>
    private static string ToBinary(string c) => $"((\"{c}\" / 1000) << 11)";

    public static string Up => Rewrite(ToUtc);

    public static string Down => Rewrite(ToBinary);

    private static string Rewrite(Func<string, string> convert) => string.Join("\n",
        ["DROP TRIGGER IF EXISTS Journal_NoUpdate;",
         .. Columns.Select(t => $"UPDATE \"{t.Table}\" SET {string.Join(", ", t.Columns.Select(c => $"\"{c}\" = CASE WHEN \"{c}\" IS NULL THEN NULL ELSE {convert(c)} END"))};"),
         "CREATE TRIGGER Journal_NoUpdate BEFORE UPDATE ON Journal BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;"]);
}
