namespace SopDesk.Web.Features.Reports.Online;

/// <summary>How a figure is written: a count, a share (0–1, shown as %), or a time in hari kerja.</summary>
public enum FigureFormat { Count, Share, Days, Hours }

/// <summary>One line of the "Layanan online" section: its group, label, value (null: nothing to measure) and how it is written.</summary>
public sealed record OnlineFigureLine(string Group, string Label, double? Value, FigureFormat Format);

/// <summary>The section as lines, one wording for the page and the Excel sheet.</summary>
public static class OnlineFigureLines
{
    public const string Title = "Layanan online";
    public const string Registrations = "Pendaftaran akun";
    public const string Applications = "Permohonan online";
    public const string Complaints = "Pengaduan";

    public static IReadOnlyList<OnlineFigureLine> For(OnlineMonthFigures online)
    {
        var (r, a, c) = (online.Registrations, online.Applications, online.Complaints);
        var target = $"{OnlineTargets.WorkingDays} hari kerja";
        return
        [
            .. r.ByKind.Select(k => new OnlineFigureLine(Registrations, $"Akun baru — {k.Kind}", k.Count, FigureFormat.Count)),
            new(Registrations, "Akun baru — jumlah", r.Total, FigureFormat.Count),
            new(Registrations, "Verifikasi akun diajukan", r.VerificationsStarted, FigureFormat.Count),
            new(Registrations, $"Diverifikasi dalam {target}", r.VerifiedWithinTargetShare, FigureFormat.Share),
            .. a.BySop.Select(s => new OnlineFigureLine(Applications, $"{s.Name} ({s.Nomor})", s.Count, FigureFormat.Count)),
            new(Applications, "Permohonan online — jumlah", a.Total, FigureFormat.Count),
            new(Applications, "Dikembalikan ke pemohon (berkas)", a.ReturnedToApplicant, FigureFormat.Count),
            new(Complaints, "Pengaduan diterima", c.Received, FigureFormat.Count),
            new(Complaints, "Tanggapan pertama diberikan", c.Answered, FigureFormat.Count),
            new(Complaints, "Rata-rata waktu tanggapan pertama", c.MeanResponseDays, FigureFormat.Days),
            new(Complaints, "Rata-rata waktu tanggapan pertama", c.MeanResponseDays * c.HoursPerDay, FigureFormat.Hours),
            new(Complaints, "P90 waktu tanggapan pertama", c.P90ResponseDays, FigureFormat.Days),
            new(Complaints, "P90 waktu tanggapan pertama", c.P90ResponseDays * c.HoursPerDay, FigureFormat.Hours),
            new(Complaints, $"Ditanggapi dalam {target}", c.AnsweredWithinTargetShare, FigureFormat.Share),
            new(Complaints, "Selesai ditindaklanjuti", c.Resolved, FigureFormat.Count),
            new(Complaints, "Tidak dapat diselesaikan", c.NotResolvable, FigureFormat.Count),
        ];
    }

    public static string Unit(FigureFormat format) => format switch
    {
        FigureFormat.Days => "hari kerja",
        FigureFormat.Hours => "jam kerja",
        _ => "",
    };

    /// <summary>"12", "87,5%", "1,3 hari kerja", "–" when there is nothing to measure.</summary>
    public static string Text(OnlineFigureLine line) => line.Value is not { } v ? "–" : line.Format switch
    {
        FigureFormat.Count => v.ToString("0", Shared.OfficeTime.Indonesian),
        FigureFormat.Share => v.ToString("0.0%", Shared.OfficeTime.Indonesian),
        _ => $"{v.ToString("0.0", Shared.OfficeTime.Indonesian)} {Unit(line.Format)}",
    };

    public static readonly IReadOnlyList<(string Column, string Meaning)> Help =
    [
        (Registrations, "akun publik yang dibuat pada bulan itu per jenis; verifikasi akun yang diajukan pada bulan itu, dan bagiannya yang selesai disetujui dalam 2 hari kerja sejak diajukan."),
        (Applications, "permohonan yang diajukan pemohon sendiri secara online pada bulan itu per SOP; berkas online yang dikembalikan ke pemohon (tidak lengkap) pada bulan itu, sekali per berkas."),
        (Complaints, "pengaduan (online atau dicatat di loket) yang diterima pada bulan itu; tanggapan pertama yang diberikan pada bulan itu dan waktunya dalam jam kerja kantor sejak pengaduan diterima; pengaduan yang ditutup pada bulan itu."),
    ];
}
