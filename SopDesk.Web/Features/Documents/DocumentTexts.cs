using SopDesk.Data.Registers;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Documents;

/// <summary>The documents' words in Bahasa Indonesia: their names, where they stand, and the AK1 card's printed rules.</summary>
public static class DocumentTexts
{
    public const string Ak1FullName = "Kartu Tanda Bukti Pendaftaran Pencari Kerja (AK1)";
    public const string PassportName = "Rekomendasi Paspor";

    /// <summary>The full name, as the verification page states what was checked.</summary>
    public static string Name(string? kind) => kind == DocumentKinds.RekomendasiPaspor ? PassportName : Ak1FullName;

    /// <summary>"Kartu AK1" / "Rekomendasi Paspor": buttons and messages.</summary>
    public static string ShortName(string kind) => kind == DocumentKinds.RekomendasiPaspor ? PassportName : "Kartu AK1";

    /// <summary>The verification page's verdict, in capitals as a stamp.</summary>
    public static string Verdict(DocumentState state) => state switch
    {
        DocumentState.Valid => "SAH / BERLAKU",
        DocumentState.NotYetSigned => "BELUM DITANDATANGANI",
        DocumentState.Cancelled => "DIBATALKAN",
        _ => "KEDALUWARSA",
    };

    /// <summary>"24" → "2 tahun", "18" → "18 bulan".</summary>
    public static string Period(int months) => months % 12 == 0 ? $"{months / 12} tahun" : $"{months} bulan";

    /// <summary>The rules printed on the back of the paper AK1 card.</summary>
    public static IReadOnlyList<string> Ak1Rules(int validMonths) =>
    [
        "Berlaku nasional.",
        "Bila ada perubahan data/keterangan lainnya atau telah mendapat pekerjaan, harap segera melapor.",
        "Apabila pencari kerja yang bersangkutan telah diterima bekerja, instansi/perusahaan yang menerima agar mengembalikan kartu AK1 ini.",
        $"Kartu ini berlaku selama {Period(validMonths)} dengan keharusan melapor setiap 6 bulan sekali bagi pencari kerja yang belum mendapatkan pekerjaan.",
    ];

    /// <summary>The report rows on the back of the card: one every six months while it is valid.</summary>
    public static readonly IReadOnlyList<string> Ak1ReportRows = ["Pertama", "Kedua", "Ketiga"];
}
