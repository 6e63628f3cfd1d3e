namespace SopDesk.Data.Entities;

/// <summary>
/// Every <see cref="JournalRecord.Action"/> written outside the engine, in one place (the engine's own acts are
/// <see cref="SopDesk.Workflows.Engine.JournalAction"/>). Each has an Indonesian label on /admin/jurnal.
/// </summary>
public static class JournalActions
{
    // Views of personal data
    public const string CaseOpened = "CaseOpened";
    public const string PersonalDataViewed = "PersonalDataViewed";
    public const string PersonalDataSearched = "PersonalDataSearched";
    public const string ViewedForSigning = "ViewedForSigning";
    public const string DisposisiOpened = "DisposisiOpened";
    public const string DocumentPrinted = "DocumentPrinted";
    public const string UploadViewed = "UploadViewed";
    public const string UploadReviewed = "UploadReviewed";
    public const string RegisterViewed = "RegisterViewed";
    public const string RegisterExported = "RegisterExported";
    public const string ReportDownloaded = "ReportDownloaded";
    public const string PersonalDataExported = "PersonalDataExported";
    public const string PersonalDataErased = "PersonalDataErased";

    // Registers and office acts
    public const string RegisterEntryCancelled = "RegisterEntryCancelled";
    public const string AbsenceRecorded = "AbsenceRecorded";
    public const string AbsenceEnded = "AbsenceEnded";

    // Accounts
    public const string SignIn = "SignIn";
    public const string SignInFailed = "SignInFailed";
    public const string SignOut = "SignOut";
    public const string StaffAdded = "StaffAdded";
    public const string StaffUpdated = "StaffUpdated";
    public const string StaffDeactivated = "StaffDeactivated";
    public const string StaffReactivated = "StaffReactivated";
    public const string PasswordReset = "PasswordReset";
    public const string PasswordChanged = "PasswordChanged";
    // Public accounts on /layanan (sign-in and sign-out use SignIn/SignInFailed/SignOut with the "layanan:" actor)
    public const string PublicAccountRegistered = "PublicAccountRegistered";
    public const string PublicEmailConfirmed = "PublicEmailConfirmed";
    public const string CorrectionRequested = "CorrectionRequested";
    public const string CorrectionAnswered = "CorrectionAnswered";

    // Job market (pasar kerja)
    public const string VacancyRecorded = "VacancyRecorded";
    public const string VacancyClosed = "VacancyClosed";
    public const string CandidatesViewed = "CandidatesViewed";
    public const string JobApplied = "JobApplied";
    public const string ApplicationWithdrawn = "ApplicationWithdrawn";
    public const string ApplicantsViewed = "ApplicantsViewed";
    public const string ApplicationDecided = "ApplicationDecided";
    public const string PlacementReported = "PlacementReported";
    public const string PlacementCancelled = "PlacementCancelled";

    // Other institutions' API (/api/v1, decision 047)
    public const string ApiKeyCreated = "ApiKeyCreated";
    public const string ApiKeyRevoked = "ApiKeyRevoked";
    public const string ApiCalled = "ApiCalled";

    // Calendar
    public const string HolidayAdded = "HolidayAdded";
    public const string HolidayChanged = "HolidayChanged";
    public const string HolidayRemoved = "HolidayRemoved";
    public const string HolidaysImported = "HolidaysImported";
    public const string DueTimesRecomputed = "DueTimesRecomputed";
}
