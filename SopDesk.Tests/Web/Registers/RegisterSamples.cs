using SopDesk.Web.Features.Registers.Export;

namespace SopDesk.Tests.Web.Registers;

/// <summary>A small AK1-like register and rows with the awkward values a real one meets.</summary>
internal static class RegisterSamples
{
    public const string LeadingZeroNik = "0012345678901234";
    public static readonly string LongAddress = string.Concat(Enumerable.Repeat("Jl. Kapten Sanap No. 12, Pagar Alam; ", 325))[..12_000];
    public const string Awkward = "Siti \"Ani\" <b>Rahayu</b> & Putri\nRT 02 / RW 03";

    public static readonly RegisterExportSheet Ak1Sheet = new(
        ["PEMERINTAH KOTA PAGAR ALAM", "DINAS PENANAMAN MODAL, PTSP DAN TENAGA KERJA", "Bidang Tenaga Kerja"],
        "Buku Register Pendaftaran Pencari Kerja (Kartu Kuning / AK1)",
        "Periode: 1 Januari 2026 – 30 November 2026",
        [
            new("No.", RegisterCellKind.Number, 6),
            new("Nomor Pendaftaran", RegisterCellKind.Text, 28),
            new("Tanggal Daftar", RegisterCellKind.Date, 14),
            new("Diterima Pada", RegisterCellKind.DateTime, 17),
            new("NIK", RegisterCellKind.Text, 20),
            new("Nama", RegisterCellKind.Text, 30),
            new("Alamat", RegisterCellKind.Text, 45),
            new("Biaya (Rp)", RegisterCellKind.Number, 12.5),
        ],
        new SignatureBlock("Pagar Alam", new DateOnly(2026, 11, 23), "Kepala Dinas Penanaman Modal, PTSP dan Tenaga Kerja", "Drs. H. Ahmad Fauzi, M.Si", "196805121994031006"),
        "Register AK1");

    /// <summary>Row numbers in <see cref="Ak1Sheet"/>: 3 letterhead lines, the kop rule, title, period, a blank row, then the header.</summary>
    public const int TitleRow = 5, PeriodRow = 6, HeaderRow = 8, FirstDataRow = 9;

    public static readonly object?[][] Rows =
    [
        [1, "0001/AK1/DISPMPTSPTK/2026", new DateOnly(2026, 1, 5), new DateTime(2026, 1, 5, 8, 30, 0), LeadingZeroNik, Awkward, "Jl. Merdeka No. 5", 12.5m],
        [2L, "0002/AK1/DISPMPTSPTK/2026", new DateOnly(2026, 2, 28), new DateTime(2026, 2, 28, 15, 45, 0), "1672011203900001", "Budi Santoso", LongAddress, 3_000_000d],
        [3, null, null, null, null, "Tanpa data", null, null],
    ];

    public static async Task<byte[]> WriteAsync(IEnumerable<object?[]> rows, RegisterExportSheet? sheet = null)
    {
        using var file = new MemoryStream();
        await RegisterExcelWriter.WriteAsync(file, sheet ?? Ak1Sheet, rows.ToAsyncEnumerable());
        return file.ToArray();
    }
}
