using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Demo;

/// <summary>
/// Believable AK1 holders for the demo: a major, skills and wished positions that go together (picked by the person's name, so a name
/// always has the same trade), and an education spread like a kabupaten's job seekers (mostly SMA/SMK, then D3 and S1).
/// </summary>
public static class DemoJobSeekers
{
    public sealed record Trade(string Major, string Skills, string Positions);

    public static readonly string[] Fields = ["jurusan", "keterampilan", "jabatanDiinginkan"];

    /// <summary>The AK1 form's nine options drawn by one Random draw: SMA/SMK four times in nine, D3 and D4/S1 twice, SMP once.</summary>
    public static readonly string[] EducationSpread = ["SMA/SMK", "SMA/SMK", "D4/S1", "SMA/SMK", "D3", "SMP", "SMA/SMK", "D4/S1", "D3"];

    private static readonly string[] Ak1Options = ["SD", "SMP", "SMA/SMK", "D1", "D2", "D3", "D4/S1", "S2", "S3"];

    public static readonly IReadOnlyList<Trade> Trades =
    [
        new("Teknik Mesin", "mengelas, membaca gambar teknik, mesin bubut", "Operator produksi, Mekanik"),
        new("Akuntansi", "pembukuan, Microsoft Excel, perpajakan dasar", "Staf akuntansi, Kasir"),
        new("Keperawatan", "asuhan keperawatan, pertolongan pertama, pemasangan infus", "Perawat"),
        new("Agribisnis", "budidaya kopi, pemupukan, pengendalian hama", "Mandor kebun, Penyuluh pertanian"),
        new("Perhotelan", "tata graha, pelayanan tamu, bahasa Inggris", "Resepsionis, Room attendant"),
        new("Teknik Otomotif", "servis sepeda motor, sistem injeksi, kelistrikan kendaraan", "Mekanik, Teknisi kendaraan"),
        new("Manajemen", "administrasi perkantoran, Microsoft Office, pelayanan pelanggan", "Staf administrasi, Customer service"),
        new("Teknik Sipil", "AutoCAD, menghitung RAB, pengawasan lapangan", "Drafter, Pengawas lapangan"),
        new("Tata Boga", "memasak, pengolahan kopi, barista", "Juru masak, Barista"),
        new("Teknik Komputer dan Jaringan", "instalasi jaringan, perawatan komputer, Microsoft Office", "Teknisi komputer, Operator komputer"),
        new("Farmasi", "peracikan obat, pelayanan resep, pengelolaan stok obat", "Asisten apoteker"),
        new("Pemasaran", "penjualan, pelayanan pelanggan, media sosial", "Sales, Pramuniaga"),
    ];

    /// <summary>Without a major (SD, SMP): hands-on work.</summary>
    public static readonly Trade Basic = new("", "memetik teh, berkebun kopi, mengemudi", "Pemetik teh, Buruh kebun, Sopir");

    public static bool IsAk1Education(FormField field) => field.Options.SequenceEqual(Ak1Options);

    public static Trade TradeOf(string name, string? education) =>
        education is "SD" or "SMP" ? Basic : Trades[name.Sum(c => c) % Trades.Count];

    /// <summary>A job field's value for the person; <paramref name="draw"/> is ignored (the caller drew it to keep the Random's sequence).</summary>
    public static string Value(string fieldId, string name, string? education, int draw) => fieldId switch
    {
        "jurusan" => TradeOf(name, education).Major,
        "keterampilan" => TradeOf(name, education).Skills,
        _ => TradeOf(name, education).Positions,
    };
}
