using SopDesk.Data.Entities;
using SopDesk.Web.Security;
using SopDesk.Workflows.Engine;
using A = SopDesk.Data.Entities.JournalActions;

namespace SopDesk.Web.Features.Journal;

/// <summary>
/// Journal actions as staff read them: every engine <see cref="JournalAction"/> and every <see cref="JournalActions"/>
/// constant (a test holds each to a label). The order is the filter's order on /admin/jurnal.
/// </summary>
public static class JournalLabels
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        [nameof(JournalAction.CaseStarted)] = "Berkas didaftarkan",
        [nameof(JournalAction.StepCompleted)] = "Langkah diselesaikan",
        [nameof(JournalAction.ReturnedToApplicant)] = "Dikembalikan ke pemohon",
        [nameof(JournalAction.Resubmitted)] = "Diajukan kembali",
        [nameof(JournalAction.SentBackForCorrection)] = "Dikembalikan untuk perbaikan",
        [nameof(JournalAction.Paraf)] = "Paraf",
        [nameof(JournalAction.Signed)] = "Tanda tangan",
        [nameof(JournalAction.CaseClosed)] = "Berkas ditutup",
        [nameof(JournalAction.Claimed)] = "Langkah diambil",
        [nameof(JournalAction.Released)] = "Langkah dilepas",
        [nameof(JournalAction.Reassigned)] = "Langkah dialihkan",
        [nameof(JournalAction.Disposisi)] = "Disposisi",
        [nameof(JournalAction.DisposisiWithdrawn)] = "Disposisi ditarik",
        [nameof(JournalAction.ApplicantLimitExpired)] = "Batas waktu pemohon habis",
        [A.DisposisiOpened] = "Disposisi dibuka penerima",
        [A.CaseOpened] = "Membuka berkas",
        [A.PersonalDataViewed] = "Melihat data pribadi",
        [A.PersonalDataSearched] = "Mencari berdasarkan NIK",
        [A.ViewedForSigning] = "Membaca berkas sebelum tanda tangan",
        [A.DocumentPrinted] = "Dokumen dibuka untuk dicetak",
        [A.UploadViewed] = "Melihat dokumen unggahan pemohon",
        [A.UploadReviewed] = "Memeriksa dokumen unggahan pemohon",
        [A.RegisterViewed] = "Membuka buku register",
        [A.RegisterExported] = "Register diekspor (Excel)",
        [A.RegisterEntryCancelled] = "Nomor register dibatalkan",
        [A.ReportDownloaded] = "Laporan diunduh",
        [A.AbsenceRecorded] = "Ketidakhadiran dicatat (Plh.)",
        [A.AbsenceEnded] = "Ketidakhadiran diakhiri",
        [A.SignIn] = "Masuk",
        [A.SignInFailed] = "Gagal masuk",
        [A.SignOut] = "Keluar",
        [A.StaffAdded] = "Staf ditambahkan",
        [A.StaffUpdated] = "Data staf diubah",
        [A.StaffDeactivated] = "Staf dinonaktifkan",
        [A.StaffReactivated] = "Staf diaktifkan kembali",
        [A.PasswordReset] = "Kata sandi direset",
        [A.PasswordChanged] = "Kata sandi diganti sendiri",
        [A.PublicAccountRegistered] = "Akun layanan online didaftarkan",
        [A.PublicEmailConfirmed] = "Email akun layanan online dikonfirmasi",
        [A.CorrectionRequested] = "Permintaan koreksi data diajukan",
        [A.CorrectionAnswered] = "Permintaan koreksi data dijawab",
        [A.VacancyRecorded] = "Lowongan dicatat petugas",
        [A.VacancyClosed] = "Lowongan ditutup",
        [A.CandidatesViewed] = "Kandidat lowongan dilihat",
        [A.JobApplied] = "Melamar lowongan",
        [A.ApplicationWithdrawn] = "Lamaran ditarik",
        [A.ApplicantsViewed] = "Pelamar dilihat pemberi kerja",
        [A.ApplicationDecided] = "Status lamaran diubah",
        [A.PlacementReported] = "Penempatan dilaporkan",
        [A.PlacementCancelled] = "Penempatan dibatalkan petugas",
        [A.ApiKeyCreated] = "Kunci API instansi dibuat",
        [A.ApiKeyRevoked] = "Kunci API instansi dicabut",
        [A.ApiCalled] = "Panggilan API oleh instansi",
        [A.HolidayAdded] = "Hari libur ditambahkan",
        [A.HolidayChanged] = "Hari libur diubah",
        [A.HolidayRemoved] = "Hari libur dihapus",
        [A.HolidaysImported] = "Hari libur diimpor",
        [A.DueTimesRecomputed] = "Jatuh tempo dihitung ulang",
        [Office.OfficeProfileService.ChangedAction] = "Data kantor diubah",
        [Mail.MailQueue.ResentAction] = "Surel dikirim ulang",
        [A.PersonalDataExported] = "Data pribadi seseorang diunduh (hak akses)",
        [A.PersonalDataErased] = "Data pribadi dihapus (masa retensi)",
    };

    public static string Action(string action) => Actions.GetValueOrDefault(action, action);

    /// <summary>"kasi,kabid" → "Kasi, Kepala Bidang"; "Plh. kabid" → "Plh. Kepala Bidang".</summary>
    public static string ActingAs(string? actingAs, Office.OfficeProfile office) =>
        string.IsNullOrEmpty(actingAs) ? "–" : string.Join(", ", actingAs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => Capacity(r, office)));

    /// <summary>One capacity an act is recorded under: a role id, or "Plh. " and the role id of the absent official.</summary>
    public static string Capacity(string actingAs, Office.OfficeProfile office) =>
        actingAs.StartsWith(PlhPrefix, StringComparison.Ordinal) ? PlhPrefix + office.NameOf(actingAs[PlhPrefix.Length..]) : office.NameOf(actingAs);

    public const string PlhPrefix = "Plh. ";
}
