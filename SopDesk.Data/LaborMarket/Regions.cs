namespace SopDesk.Data.LaborMarket;

/// <summary>
/// Work locations: the 17 kabupaten/kota of Sumatera Selatan (BPS codes, Permendagri 72/2019 on kode wilayah) and one
/// "elsewhere". The names are the SOP files' choice options (503/48 "lokasiDiinginkan", 503/53 "lokasi"); a test keeps them equal.
/// The home city comes first, as the office's forms list it.
/// </summary>
public static class Regions
{
    public const string Anywhere = "Di mana saja";
    public const string OutsideProvince = "Luar Sumatera Selatan";

    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("1673", "Kota Pagar Alam"), ("1671", "Kota Palembang"), ("1672", "Kota Prabumulih"), ("1674", "Kota Lubuklinggau"),
        ("1601", "Kab. Ogan Komering Ulu"), ("1602", "Kab. Ogan Komering Ilir"), ("1603", "Kab. Muara Enim"), ("1604", "Kab. Lahat"),
        ("1605", "Kab. Musi Rawas"), ("1606", "Kab. Musi Banyuasin"), ("1607", "Kab. Banyuasin"), ("1608", "Kab. Ogan Komering Ulu Selatan"),
        ("1609", "Kab. Ogan Komering Ulu Timur"), ("1610", "Kab. Ogan Ilir"), ("1611", "Kab. Empat Lawang"),
        ("1612", "Kab. Penukal Abab Lematang Ilir"), ("1613", "Kab. Musi Rawas Utara"), ("", OutsideProvince),
    ];

    public static bool IsKnown(string? name) => All.Any(r => r.Name == name);
}
