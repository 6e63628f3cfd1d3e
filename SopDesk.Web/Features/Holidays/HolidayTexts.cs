using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Calendar;

namespace SopDesk.Web.Features.Holidays;

/// <summary>The holiday calendar's words in Bahasa Indonesia: kinds, warnings, and what is wrong with a file's line.</summary>
public static class HolidayTexts
{
    public static readonly IReadOnlyDictionary<HolidayKind, string> Kinds = new Dictionary<HolidayKind, string>
    {
        [HolidayKind.LiburNasional] = "Libur nasional",
        [HolidayKind.CutiBersama] = "Cuti bersama",
        [HolidayKind.LiburDaerah] = "Libur daerah",
    };

    public static string Kind(HolidayKind kind) => Kinds[kind];

    public static string YearOutOfRange => $"Tahun harus antara {Holiday.FirstYear} dan {Holiday.LastYear}.";

    public static string NameTooLong => $"Nama hari libur maksimal {Holiday.MaxNameLength} karakter.";

    /// <summary>The warning for a year (this one or the next) that has no holiday entered.</summary>
    public static string MissingYear(int year) => $"Daftar hari libur {year} belum diisi — tenggat dihitung tanpa hari libur tahun itu.";

    /// <summary>"Jatuh tempo 3 langkah terbuka bergeser." — what a change did to the open work.</summary>
    public static string Moved(int moved) =>
        moved == 0 ? "Tidak ada jatuh tempo langkah terbuka yang bergeser." : $"Jatuh tempo {moved} langkah terbuka bergeser.";

    public static string Describe(Holiday h) => $"{OfficeTime.FormatDate(h.Date)} — {Kind(h.Kind)} — {h.Name}";

    /// <summary>"Baris 4: tanggal '2026-02-30' tidak sah …" for one bad line of an imported file.</summary>
    public static string LineError(HolidayCsvError e) => $"Baris {e.Line}: " + e.Problem switch
    {
        HolidayCsvProblem.Header => $"baris pertama harus judul kolom \"{HolidayCsv.Header}\".",
        HolidayCsvProblem.Columns => $"harus 3 kolom ({HolidayCsv.Header}) dipisah koma, ditemukan {e.Found}.",
        HolidayCsvProblem.Date => $"tanggal \"{e.Found}\" tidak sah (tulis TTTT-BB-HH, mis. 2027-08-17).",
        HolidayCsvProblem.Year => $"tanggal {e.Found} di luar rentang tahun {Holiday.FirstYear}–{Holiday.LastYear}.",
        HolidayCsvProblem.Kind => $"jenis \"{e.Found}\" tidak dikenal (gunakan {string.Join(", ", HolidayCsv.KindCodes)}).",
        HolidayCsvProblem.Name => "nama hari libur kosong.",
        HolidayCsvProblem.NameTooLong => $"nama hari libur lebih dari {Holiday.MaxNameLength} karakter.",
        HolidayCsvProblem.DuplicateDate => $"tanggal {e.Found} tercantum dua kali (sudah ada di baris {e.FirstLine}).",
        _ => e.Reason,
    };
}
