using SopDesk.Data.Entities;

namespace SopDesk.Web.Features.LaborMarket.Vacancies;

/// <summary>A vacancy's status in Indonesian, for the employer and the desk.</summary>
public static class VacancyStatusText
{
    public static string Of(VacancyStatus status) => status switch
    {
        VacancyStatus.Submitted => "Menunggu verifikasi",
        VacancyStatus.Returned => "Perlu perbaikan",
        VacancyStatus.Published => "Tayang",
        VacancyStatus.Rejected => "Ditolak",
        _ => "Ditutup",
    };

    /// <summary>"Tayang sampai 15 Januari 2027", or "Ditutup" once the closing date passed; other statuses as <see cref="Of"/>.</summary>
    public static string Line(VacancyRecord v, DateOnly today) => v.Status switch
    {
        VacancyStatus.Published when v.ClosesOn < today => $"Ditutup (tanggal penutupan {Day(v.ClosesOn)} lewat)",
        VacancyStatus.Published => $"Tayang sampai {Day(v.ClosesOn)}",
        _ => Of(v.Status),
    };

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", SopDesk.Web.Features.Shared.OfficeTime.Indonesian);

    public static string Source(VacancySource source) => source switch
    {
        VacancySource.Canvassed => "Kanvas",
        VacancySource.OnBehalf => "Atas nama",
        _ => "Pemberi kerja",
    };
}
