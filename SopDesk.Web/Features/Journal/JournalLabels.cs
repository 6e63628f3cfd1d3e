using SopDesk.Web.Security;

namespace SopDesk.Web.Features.Journal;

/// <summary>Journal actions as staff read them. The keys are every Action value SopDesk writes.</summary>
public static class JournalLabels
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["CaseStarted"] = "Berkas didaftarkan",
        ["StepCompleted"] = "Langkah diselesaikan",
        ["ReturnedToApplicant"] = "Dikembalikan ke pemohon",
        ["Resubmitted"] = "Diajukan kembali",
        ["SentBackForCorrection"] = "Dikembalikan untuk perbaikan",
        ["Paraf"] = "Paraf",
        ["Signed"] = "Tanda tangan",
        ["CaseClosed"] = "Berkas ditutup",
        ["PersonalDataViewed"] = "Melihat data pribadi",
        ["SignIn"] = "Masuk",
        ["SignInFailed"] = "Gagal masuk",
        ["SignOut"] = "Keluar",
        ["StaffAdded"] = "Staf ditambahkan",
        ["StaffUpdated"] = "Data staf diubah",
        ["StaffDeactivated"] = "Staf dinonaktifkan",
        ["StaffReactivated"] = "Staf diaktifkan kembali",
        ["PasswordReset"] = "Kata sandi direset",
        ["HolidayAdded"] = "Hari libur ditambahkan",
        ["HolidayChanged"] = "Hari libur diubah",
        ["HolidayRemoved"] = "Hari libur dihapus",
        ["HolidaysImported"] = "Hari libur diimpor",
        ["DueTimesRecomputed"] = "Jatuh tempo dihitung ulang",
        ["ReportDownloaded"] = "Laporan diunduh",
        ["DocumentPrinted"] = "Dokumen dibuka untuk dicetak",
        ["RegisterEntryCancelled"] = "Nomor register dibatalkan",
        ["RegisterExported"] = "Register diekspor (Excel)",
        ["PersonalDataExported"] = "Data pribadi seseorang diunduh (hak akses)",
        ["PersonalDataErased"] = "Data pribadi dihapus (masa retensi)",
    };

    public static string Action(string action) => Actions.GetValueOrDefault(action, action);

    /// <summary>"kasi,kabid" → "Kasi, Kepala Bidang".</summary>
    public static string ActingAs(string actingAs) =>
        string.IsNullOrEmpty(actingAs) ? "–" : string.Join(", ", actingAs.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Roles.NameOf));
}
