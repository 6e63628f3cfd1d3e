using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Demo;

/// <summary>
/// Believable free-text values for the demo berkas' fields that no general rule of <see cref="DemoValues"/> names (a project,
/// a dispute, an interview note…): what an officer in Pagar Alam would type, never the field's label with a number.
/// Chosen by the field, the applicant's name and a number the caller gives, so the demo's Random is drawn as before.
/// </summary>
public static class DemoTexts
{
    private static readonly Dictionary<string, string[]> ByField = new(StringComparer.OrdinalIgnoreCase)
    {
        ["namaProyek"] = ["Pembangunan gedung Puskesmas Dempo Selatan", "Peningkatan jalan Lingkar Selatan Pagar Alam", "Rehabilitasi Pasar Dempo Permai",
            "Pembangunan jembatan Air Selangis", "Pembangunan drainase Jl. Kapten Sanap"],
        ["lokasiProyek"] = ["Kel. Dempo Makmur, Kec. Pagar Alam Utara", "Kel. Nendagung, Kec. Pagar Alam Selatan", "Kel. Bangun Rejo, Kec. Dempo Tengah",
            "Kel. Kuripan Babas, Kec. Pagar Alam Utara"],
        ["dinasTujuan"] = ["Dinas Tenaga Kerja dan Transmigrasi Provinsi Sumatera Selatan", "Dinas Tenaga Kerja Kabupaten Lahat", "Dinas Tenaga Kerja Kota Palembang"],
        ["tempat"] = ["UPTD Balai Latihan Kerja Kota Pagar Alam", "Aula Dinas Tenaga Kerja Kota Pagar Alam", "Gedung Serbaguna Kec. Dempo Utara"],
        ["kodeRekening"] = ["5.1.02.01.01.0026", "5.1.02.02.01.0003", "5.1.02.01.01.0052"],
        ["tujuanUndangan"] = ["Kecamatan Dempo Utara, Dempo Tengah, Dempo Selatan, Pagar Alam Utara dan Pagar Alam Selatan",
            "Kelurahan se-Kecamatan Pagar Alam Selatan dan Dempo Tengah"],
        ["jabatan"] = ["Perawat lansia (caregiver)", "Operator pabrik elektronik", "Pekerja perkebunan kelapa sawit", "Asisten rumah tangga", "Pelayan restoran"],
        ["npwp"] = ["0912345678312000", "0823456789312000", "0734567890312000"],
        ["wajibLapor"] = ["WLKP/1672/2025/000184", "WLKP/1672/2026/000037", "WLKP/1672/2024/000912"],
        ["nib"] = ["9120304512873", "8120105230046", "1262000310785"],
        ["pokokPerselisihan"] = ["Pemutusan hubungan kerja tanpa pembayaran pesangon sesuai masa kerja.", "Upah lembur bulan Agustus dan September belum dibayarkan.",
            "Pekerja dirumahkan sejak Juli tanpa upah dan tanpa kejelasan status hubungan kerja.", "Perselisihan kepentingan tentang besaran tunjangan panen."],
        ["hasilPertemuan"] = ["Para pihak sepakat pesangon dibayar dua kali pada akhir bulan; berita acara ditandatangani kedua pihak.",
            "Belum tercapai kesepakatan; pengusaha meminta waktu untuk menghitung ulang masa kerja pekerja.",
            "Pengusaha bersedia membayar upah lembur yang tertunggak paling lambat tanggal 10 bulan depan."],
        ["ringkasanLaporan"] = ["Pelatihan diikuti 20 peserta dari 20 yang diundang; 18 peserta dinyatakan kompeten. Anggaran terserap 94%.",
            "Pelatihan berjalan 10 hari; 16 dari 18 peserta lulus uji kompetensi, 4 peserta langsung diterima bekerja di mitra industri."],
        ["isiDisposisi"] = ["Mohon diperiksa kelengkapan dan dijadwalkan wawancara.", "Proses sesuai ketentuan; laporkan hasil wawancara.", "Segera ditindaklanjuti."],
        ["catatanWawancara"] = ["CPMI memahami isi perjanjian kerja dan hak-haknya; dokumen asli sesuai dengan salinan.",
            "CPMI menjawab lancar; keluarga (suami) menyetujui keberangkatan, surat izin terlampir."],
        ["catatanVerifikasi"] = ["Dokumen asli sesuai dengan salinan.", "Berkas lengkap dan sesuai; data sudah dicocokkan dengan KTP.", "Kartu peserta dan surat keterangan kerja sesuai."],
        ["isiPengaduan"] = ["Gaji bulan lalu belum dibayar perusahaan tempat saya bekerja.", "Saya diberhentikan tanpa surat dan tanpa pesangon."],
        ["tanggapan"] = ["Pengaduan Anda sudah kami terima dan diteruskan kepada mediator hubungan industrial.",
            "Perusahaan telah kami panggil; hasilnya akan kami sampaikan melalui halaman ini."],
        ["catatanTindakLanjut"] = ["Mediator sudah menghubungi perusahaan; pertemuan dijadwalkan minggu depan.", "Perusahaan telah membayar kekurangan upah; pengaduan selesai."],
    };

    private static readonly string[] Participants = ["Ahmad Saputra", "Siti Rahmawati", "Budi Gunawan", "Dewi Anggraini", "Rizki Firmansyah", "Nurul Hidayah",
        "Putri Maharani", "Fajar Setiawan", "Indah Permata", "Yoga Pratama"];

    /// <summary>A value for a field this class knows, or null.</summary>
    public static string? For(FormField field, string applicantName, int draw)
    {
        var pick = Math.Abs(applicantName.Sum(c => c) + draw);
        if (ByField.TryGetValue(field.Id, out var values)) return values[pick % values.Length];
        if (field.Id.Equals("daftarCalonPeserta", StringComparison.OrdinalIgnoreCase))
            return string.Join("\n", Enumerable.Range(0, 5).Select(i => Participants[(pick + i * 3) % Participants.Length]));
        return null;
    }

    /// <summary>A note for any other field: a line the desk writes, not the field's label.</summary>
    public static string Note(FormField field, int draw) => (field.Type == FieldType.Textarea
        ? (string[])["Sesuai dokumen yang diserahkan.", "Dokumen asli sudah diperlihatkan dan dicocokkan.", "Tidak ada catatan khusus."]
        : ["sesuai dokumen", "lihat lampiran", "-"])[Math.Abs(draw) % 3];
}
