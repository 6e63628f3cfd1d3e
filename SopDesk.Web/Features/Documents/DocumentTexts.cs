using SopDesk.Data.Registers;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Documents;

/// <summary>
/// The documents' words in Bahasa Indonesia: their names (from the SOP file's declaration; the two dedicated layouts
/// written in the old short form keep their own), where they stand, and the AK1 card's printed rules.
/// </summary>
public static class DocumentTexts
{
    public const string Ak1FullName = "Kartu Tanda Bukti Pendaftaran Pencari Kerja (AK1)";
    public const string PassportName = "Rekomendasi Paspor";

    /// <summary>The full name, as the verification page states what was checked: the declared title.</summary>
    public static string Name(DocumentDefinition document) => document.Title ?? document.Template switch
    {
        DocumentTemplates.RekomendasiPaspor => PassportName,
        DocumentTemplates.KartuAk1 => Ak1FullName,
        _ => document.Id,
    };

    /// <summary>"Kartu AK1" / "Rekomendasi Paspor" / the declared title: buttons and messages.</summary>
    public static string ShortName(DocumentDefinition document) =>
        document is { IsShortForm: true, Template: DocumentTemplates.KartuAk1 } ? "Kartu AK1" : Name(document);

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
