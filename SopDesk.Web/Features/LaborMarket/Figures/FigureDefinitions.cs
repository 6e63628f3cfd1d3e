namespace SopDesk.Web.Features.LaborMarket.Figures;

/// <summary>What each figure counts, one wording for the page and the monthly report (docs/decisions/026-job-market-figures.md).</summary>
public static class FigureDefinitions
{
    public static readonly IReadOnlyList<(string Term, string Meaning)> Help =
    [
        ("Bulan", "bulan kalender kantor (WIB), dari tanggal 1 pukul 00.00 sampai tanggal 1 bulan berikutnya."),
        ("Lowongan dilaporkan", "lowongan yang dicatat pada periode itu — dilaporkan pemberi kerja, hasil kanvas petugas, atau dicatat petugas atas nama pemberi kerja — apa pun hasil pemeriksaannya."),
        ("Lowongan ditayangkan", "lowongan yang ditayangkan (diberi nomor register) pada periode itu; formasi adalah jumlah orang yang dicari lowongan itu."),
        ("Penempatan", "penempatan yang dilaporkan pada periode itu (oleh pemberi kerja atau dicatat kantor), menurut tanggal laporan; pendidikan dan sektor menurut data yang tercatat pada laporan penempatan."),
        ("Lowongan terisi", "lowongan yang penempatannya mencapai jumlah formasinya; dihitung pada bulan penempatan yang memenuhinya dilaporkan."),
        ("Pelamar per lowongan", "rata-rata dan median jumlah lamaran (kecuali yang ditarik pelamar) pada lowongan yang ditayangkan pada periode itu."),
        ("Waktu pengisian", "median hari kalender dari tanggal tayang sampai tanggal laporan penempatan yang memenuhi formasi, untuk lowongan yang terisi pada periode itu."),
        ("Menurut pendidikan / sektor", "lowongan menurut pendidikan minimal dan sektor usaha lowongan; penempatan menurut pendidikan orang yang ditempatkan dan sektor perusahaannya."),
    ];
}
