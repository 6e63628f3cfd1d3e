namespace SopDesk.Web.Features.Reports;

/// <summary>
/// The monthly recap for the mayor (Wali Kota), per SOP and in total, for one calendar month in the office's
/// time zone. See <see cref="MonthlyReportService"/> for what each figure counts.
/// </summary>
public sealed record MonthlyReport(int Year, int Month, string Office, IReadOnlyList<SopMonthFigures> Rows, SopMonthFigures Total,
    DateTimeOffset PreparedAt)
{
    /// <summary>The office's time zone abbreviation (WIB, WITA, WIT) that <see cref="PreparedAt"/> is written in.</summary>
    public string Zone { get; init; } = "WIB";

    /// <summary>"1 Desember 2026 10.17 WIB": when the report was prepared, in the office's time.</summary>
    public string PreparedText => $"{PreparedAt.ToString("d MMMM yyyy HH.mm", Shared.OfficeTime.Indonesian)} {Zone}";

    /// <summary>"November 2026".</summary>
    public string MonthName => new DateTime(Year, Month, 1).ToString("MMMM yyyy", Shared.OfficeTime.Indonesian);

    public string Title => $"Laporan Bulanan Pelayanan — {MonthName}";

    /// <summary>The "Layanan online" section: registrations, online applications, returns and complaints.</summary>
    public Online.OnlineMonthFigures Online { get; init; } = Reports.Online.OnlineMonthFigures.Empty;

    /// <summary>The "Pasar kerja" section: vacancies, placements, time to fill, by education and sector (Reports/LaborMarket).</summary>
    public SopDesk.Web.Features.LaborMarket.Figures.JobMarketFigures? JobMarket { get; init; }

    /// <summary>The 25th of the following month (Perwali Banjarbaru 29/2015).</summary>
    public DateOnly DueDate => MonthlyReportDue.DueDate(Year, Month);
}

/// <summary>One SOP's month (or the whole office's, in the totals row, whose <see cref="DefinitionId"/> is empty).</summary>
public sealed record SopMonthFigures(
    string DefinitionId,
    string Nomor,
    string Name,
    int Received,
    int Finished,
    int Returned,
    /// <summary>Closed at an end of kind "rejected" (ditolak) in the month; part of <see cref="Finished"/>, never of <see cref="Returned"/>.</summary>
    int Rejected,
    int InProgress,
    int FinishedOnTime,
    /// <summary>Mean time to finish in hari kerja; null when nothing finished.</summary>
    double? MeanDays,
    /// <summary>90th percentile (nearest rank) of the time to finish in hari kerja; null when nothing finished.</summary>
    double? P90Days,
    IReadOnlyList<StepBreaches> Breaches)
{
    /// <summary>Share of the finished berkas finished on time (0–1); null when nothing finished.</summary>
    public double? OnTimeShare => Finished == 0 ? null : (double)FinishedOnTime / Finished;

    public int BreachCount => Breaches.Sum(b => b.Count);
}

/// <summary>Breaches of one step's target in the month; <see cref="StepNo"/> is 0 for a step the current SOP file no longer has.</summary>
public sealed record StepBreaches(string DefinitionId, string StepId, int StepNo, string StepName, int Count)
{
    /// <summary>The step's printed number ("4a" for a sub-step); sorting uses <see cref="StepNo"/>.</summary>
    public string StepNumber { get; init; } = StepNo.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The report's column titles and what they mean — one wording for the page, its help text and the Excel file.</summary>
public static class MonthlyReportColumns
{
    public const string Sop = "SOP";
    public const string Received = "Diterima";
    public const string Finished = "Selesai";
    public const string Returned = "Dikembalikan";
    public const string Rejected = "Ditolak";
    public const string InProgress = "Dalam proses akhir bulan";
    public const string OnTime = "Tepat waktu";
    public const string MeanDays = "Rata-rata waktu selesai (hari kerja)";
    public const string P90Days = "P90 waktu selesai (hari kerja)";
    public const string Breaches = "Pelanggaran waktu";
    public const string BreachSteps = "Pelanggaran per langkah";

    public static readonly IReadOnlyList<(string Column, string Meaning)> Help =
    [
        (Received, "berkas yang didaftarkan pada bulan itu."),
        (Finished, "berkas yang ditutup pada bulan itu, dengan akhir apa pun (termasuk berkas yang ditutup karena persyaratan tidak dilengkapi)."),
        (Returned, "berkas yang dikembalikan ke pemohon karena tidak lengkap pada bulan itu (dihitung sekali per berkas); berkas yang ditolak pada bulan itu dihitung sebagai Ditolak saja."),
        (Rejected, "berkas yang ditutup sebagai ditolak (dengan alasan) pada bulan itu; sudah termasuk dalam Selesai."),
        (InProgress, "berkas yang sudah didaftarkan dan belum ditutup pada akhir bulan, termasuk yang sedang menunggu pemohon."),
        (OnTime, "bagian berkas selesai yang setiap langkahnya diselesaikan paling lambat pada batas waktunya; langkah yang menunggu pemohon tidak punya batas waktu dan tidak dinilai."),
        (MeanDays, "jam kerja kantor dari pendaftaran sampai penutupan, dibagi panjang satu hari kerja; akhir pekan dan hari libur tidak dihitung."),
        (P90Days, "90% berkas selesai dalam waktu ini atau kurang (peringkat terdekat)."),
        (Breaches, "langkah yang selesai pada bulan itu melewati batas waktunya, ditambah langkah yang pada akhir bulan masih terbuka dan sudah melewati batas waktunya."),
    ];
}
