using System.Globalization;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;

namespace SopDesk.Web.Layanan.Jobs.Listing;

/// <summary>How the public listing says a vacancy's salary, dates, education and an application's state (id-ID).</summary>
public static class ListingTexts
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>"3.500.000".</summary>
    public static string Rupiah(long amount) => "Rp\u00A0" + amount.ToString("#,0", Indonesian);

    /// <summary>"Rp 3.500.000 – Rp 4.500.000/bulan", "Mulai Rp …/bulan", "Hingga Rp …/bulan" or "Gaji dirahasiakan".</summary>
    public static string Salary(long? min, long? max) => (min, max) switch
    {
        ({ } a, { } b) when a == b => $"{Rupiah(a)}/bulan",
        ({ } a, { } b) => $"{Rupiah(a)} – {Rupiah(b)}/bulan",
        ({ } a, null) => $"Mulai {Rupiah(a)}/bulan",
        (null, { } b) => $"Hingga {Rupiah(b)}/bulan",
        _ => "Gaji dirahasiakan",
    };

    /// <summary>"15 Desember 2026".</summary>
    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", Indonesian);

    public static string Closes(DateOnly date) => $"Lamaran diterima sampai {Day(date)}";

    /// <summary>"Minimal SMA/SMK" or "Semua jenjang".</summary>
    public static string Education(int level) => level <= 0 ? "Semua jenjang pendidikan" : $"Minimal {EducationLevels.Label(level)}";

    public static string Experience(int years) => years <= 0 ? "Tidak disyaratkan" : $"Minimal {years} tahun";

    public static string Age(int? min, int? max) => (min, max) switch
    {
        ({ } a, { } b) => $"{a}–{b} tahun",
        ({ } a, null) => $"Minimal {a} tahun",
        (null, { } b) => $"Maksimal {b} tahun",
        _ => "Tidak dibatasi",
    };

    public static string State(JobApplicationStatus status) => status switch
    {
        JobApplicationStatus.Sent => "Terkirim",
        JobApplicationStatus.Shortlisted => "Dipanggil",
        JobApplicationStatus.Hired => "Diterima bekerja",
        JobApplicationStatus.NotContinued => "Tidak dilanjutkan",
        JobApplicationStatus.Withdrawn => "Ditarik",
        _ => status.ToString(),
    };

    /// <summary>Full years on <paramref name="today"/>, or null without a birth date.</summary>
    public static int? AgeOn(DateOnly? birth, DateOnly today)
    {
        if (birth is not { } b) return null;
        var age = today.Year - b.Year;
        if (today < b.AddYears(age)) age--;
        return age;
    }

    /// <summary>A comma list as separate items, trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> Items(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
