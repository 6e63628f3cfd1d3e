namespace SopDesk.Data.LaborMarket;

/// <summary>Business sectors: the 21 sections (kategori) of KBLI 2020 (Peraturan BPS No. 2 Tahun 2020), short Indonesian names.</summary>
public static class Sectors
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("A", "Pertanian, kehutanan dan perikanan"), ("B", "Pertambangan dan penggalian"), ("C", "Industri pengolahan"),
        ("D", "Pengadaan listrik, gas, uap dan udara dingin"), ("E", "Pengadaan air, pengelolaan sampah dan limbah"),
        ("F", "Konstruksi"), ("G", "Perdagangan besar dan eceran; reparasi kendaraan"), ("H", "Pengangkutan dan pergudangan"),
        ("I", "Penyediaan akomodasi dan makan minum"), ("J", "Informasi dan komunikasi"), ("K", "Jasa keuangan dan asuransi"),
        ("L", "Real estat"), ("M", "Jasa profesional, ilmiah dan teknis"), ("N", "Jasa persewaan, ketenagakerjaan dan penunjang usaha"),
        ("O", "Administrasi pemerintahan dan jaminan sosial wajib"), ("P", "Jasa pendidikan"), ("Q", "Jasa kesehatan dan kegiatan sosial"),
        ("R", "Kesenian, hiburan dan rekreasi"), ("S", "Jasa lainnya"), ("T", "Rumah tangga sebagai pemberi kerja"),
        ("U", "Badan internasional dan ekstra internasional"),
    ];

    public static string Name(string? code) => All.FirstOrDefault(s => s.Code == code).Name ?? "";

    public static bool IsKnown(string? code) => All.Any(s => s.Code == code);
}
