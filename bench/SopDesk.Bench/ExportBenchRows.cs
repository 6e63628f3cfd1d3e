using SopDesk.Web.Features.Registers.Export;

namespace SopDesk.Bench;

/// <summary>
/// A 100,000-row AK1 register (Kartu Kuning) for the export benchmark: eleven columns shaped like the real one,
/// deterministic random values (the same seed for both writers), generated lazily so no writer gets its rows
/// from memory the other lacks.
/// </summary>
public static class ExportBenchRows
{
    public const int Count = 100_000;

    private static readonly string[] Places = ["Pagar Alam", "Lahat", "Palembang", "Muara Enim", "Bengkulu", "Prabumulih", "Lubuklinggau", "Baturaja"];
    private static readonly string[] Schooling = ["SD", "SMP", "SMA", "SMK", "D3", "S1", "S2"];
    private static readonly string[] Streets = ["Jl. Kapten Sanap", "Jl. Mayor Ruslan", "Jl. Lettu Hamid", "Jl. Serma Somad", "Jl. Masik Siagim", "Jl. Dempo Raya"];
    private static readonly string[] Villages = ["Kel. Besemah Serasan", "Kel. Nendagung", "Kel. Pagar Wangi", "Kel. Kuripan Babas", "Kel. Agung Lawangan"];
    private static readonly string[] Officers = ["Rina Wulandari", "Agus Pratama", "Dewi Lestari", "Hendra Setiawan"];

    public static readonly RegisterExportSheet Sheet = new(
        ["PEMERINTAH KOTA PAGAR ALAM", "DINAS PENANAMAN MODAL, PTSP DAN TENAGA KERJA", "Bidang Tenaga Kerja"],
        "Buku Register Pendaftaran Pencari Kerja (Kartu Kuning / AK1)",
        "Periode: 1 Januari 2026 – 30 November 2026",
        [
            new("No.", RegisterCellKind.Number, 7),
            new("Nomor Pendaftaran", RegisterCellKind.Text, 28),
            new("Tanggal Daftar", RegisterCellKind.Date, 13),
            new("NIK", RegisterCellKind.Text, 19),
            new("Nama", RegisterCellKind.Text, 26),
            new("Tempat Lahir", RegisterCellKind.Text, 15),
            new("Tanggal Lahir", RegisterCellKind.Date, 13),
            new("Jenis Kelamin", RegisterCellKind.Text, 12),
            new("Pendidikan", RegisterCellKind.Text, 11),
            new("Alamat", RegisterCellKind.Text, 60),
            new("Petugas", RegisterCellKind.Text, 20),
        ],
        new SignatureBlock("Pagar Alam", new DateOnly(2026, 11, 30), "Kepala Dinas Penanaman Modal, PTSP dan Tenaga Kerja", "Drs. H. Ahmad Fauzi, M.Si", "196805121994031006"),
        "Register AK1");

    public static IEnumerable<object?[]> Generate(int count)
    {
        var random = new Random(20261130);
        var firstDay = new DateOnly(2026, 1, 1);
        for (var i = 1; i <= count; i++)
        {
            var born = new DateOnly(1970 + random.Next(36), 1 + random.Next(12), 1 + random.Next(28));
            yield return
            [
                i,
                $"{i:0000}/AK1/DISPMPTSPTK/2026",
                firstDay.AddDays(i * 333 / count),
                // Some NIKs start with zeros: they must stay text with every digit.
                $"{random.Next(0, 10):0}{random.Next(0, 10)}72{random.Next(10_000_000, 99_999_999)}{random.Next(1_000, 9_999)}",
                $"{InboxBenchData.FirstNames[random.Next(InboxBenchData.FirstNames.Length)]} {InboxBenchData.LastNames[random.Next(InboxBenchData.LastNames.Length)]}",
                Places[random.Next(Places.Length)],
                born,
                random.Next(2) == 0 ? "Laki-laki" : "Perempuan",
                Schooling[random.Next(Schooling.Length)],
                Address(random),
                Officers[random.Next(Officers.Length)],
            ];
        }
    }

    /// <summary>60–80 characters (every generated line has at least 70 before the cut), like a real address line.</summary>
    private static string Address(Random random)
    {
        var address = $"{Streets[random.Next(Streets.Length)]} No. {1 + random.Next(250)} RT {1 + random.Next(20):00} RW {1 + random.Next(9):00}, "
            + $"{Villages[random.Next(Villages.Length)]}, Kec. Pagar Alam Utara";
        return address[..Math.Min(address.Length, 60 + random.Next(21))];
    }
}
