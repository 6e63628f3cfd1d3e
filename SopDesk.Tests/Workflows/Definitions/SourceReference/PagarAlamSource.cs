namespace SopDesk.Tests.Workflows.Definitions.SourceReference;

/// <summary>One row of a paper SOP's step table: No, Kegiatan, Kelengkapan, Waktu, Output.</summary>
public sealed record SourceRow(string No, string Kegiatan, string Kelengkapan, string Waktu, string Output);

/// <summary>The texts a paper SOP prints: its header block and its step table.</summary>
public sealed record SourceSop(
    string Id, string Nomor, string Nama, string Judul,
    string[] DasarHukum, string[] KualifikasiPelaksana, string Keterkaitan, string[] Peralatan,
    string Peringatan, string[] Pencatatan, SourceRow[] Rows);

/// <summary>
/// The six Pagar Alam SOPs (Bidang Tenaga Kerja, 2024) transcribed by hand from the seed
/// (/work/shared/seeds/pagaralam-sop-bidang-tenaga-kerja-2024.txt), typos included — NOT generated from the
/// workflow files: this is what the files are checked against. A list's numbering ("1.") is left out;
/// Peringatan and Keterkaitan are one cell on the paper. Nama is as the header box writes it (upper case).
/// </summary>
public static class PagarAlamSource
{
    private static readonly string[] BpjsDasarHukum =
    [
        "Undang-undang No. 13 Tahun 2003 Ttg Ketenagakerjaan;",
        "Undang-undang RI Nomor : 24 Tahun 2011 tentang BPJS Ketenagakerjaan;",
        "Peraturan Menteri Tenaga Kerja 13 Tahun 2015 tentang Organisasi dan Tata Kerja Kementerian Ketenagakerjaan.",
    ];
    private static readonly string[] BpjsKualifikasi =
        ["Memahami konsep dasar pelayanan", "Memahami konsep SOP pelayanan", "Memahami ketentuan Klaim BPJS Ketenagakerjaan", "Menguasai penguasaan Komputer"];
    private static readonly string[] Atk = ["Alat Tulis Kantor", "Komputer dan kelengkapannya"];
    private const string Dikembalikan = "Jika prosedur dan persyaratan tidak dipenuhi maka permohonan tidak dapat dikabulkan dan berkas dikembalikan";
    private static readonly string[] JhtPencatatan = ["Buku Register Klaim BPJS Ketenagakerjaan program JHT", "Arsip Pekerja yang Klaim BPJS Ketenagakerjaan"];

    public static readonly SourceSop[] All =
    [
        new("jht", "503/44/SOP.TK/DISPMPTSPTK/2024", "REGISTRASI KLAIM BPJS KETENAGAKERJAAN PROGRAM JHT",
            "REGISTRASI KLAIM BPJS KETENAGAKERJAAN PROGRAM JAMINAN HARI TUA (JHT)",
            BpjsDasarHukum, BpjsKualifikasi, "SOP Pencairan Klaim BPJS Ketenagakerjaan Program JHT", Atk, Dikembalikan, JhtPencatatan,
            [
                new("1", "Mengajukan permohonan Klaim BPJS Ketenagakerjaan Program JHT", "Persyaratan", "5 Menit", "Berkas Persyaratan diterima"),
                new("2", "Menerima berkas dan meneliti kelengkapan persyaratan administrasi", "Berkas Persyaratan", "5 Menit", "Kelengkapan Persyaratan"),
                new("3", "Memverifikasi dan memvalidasi kelengkapan persyaratan administrasi", "Kelengkapan Berkas", "5 Menit", "Berkas Permohonan Klaim BPJS-K"),
                new("4", "Meneliti, mengoreksi dan memberikan paraf", "Berkas Permohonan Klaim BPJS-K", "5 Menit", "Permohonan Klaim BPJS-K diparaf"),
                new("5", "Pendatangan berkas yang sudah diregistrasi", "Permohonan Klaim BPJS-K diparaf", "5 Menit", "Permohonan Klaim BPJS-K ditandatangani"),
                new("6", "Registrasi Surat Permohonan Klaim BPJS Ketenagakerjaan selesai dan diserahkan", "Permohonan Klaim BPJS-K ditandatangani", "5 Menit", "Permohonan Klaim BPJS-K diterima pemohon"),
            ]),
        new("jakon", "503/45/SOP.TK/DISPMPTSPTK/2024", "PEMBAYARAN IURAN BPJS KETENAGAKERJAAN UNTUK JASA KONSTRUKSI (JKK DAN JK)",
            "REGISTRASI KLAIM BPJS KETENAGAKERJAAN UNTUK JASA KONSTRUKSI PROGRAM JKK DAN JK",
            BpjsDasarHukum, BpjsKualifikasi, "SOP Pencairan Klaim BPJS Ketenagakerjaan Program JHT", Atk, Dikembalikan, JhtPencatatan,
            [
                new("1", "Mengajukan permohonan Klaim BPJS Ketenagakerjaan Program JKK & JK untuk Jakon", "Persyaratan", "5 Menit", "Berkas Persyaratan diterima"),
                new("2", "Menerima berkas dan meneliti kelengkapan persyaratan administrasi", "Berkas Persyaratan", "5 Menit", "Kelengkapan Persyaratan"),
                new("3", "Memverifikasi dan memvalidasi kelengkapan persyaratan administrasi (iuran BPJS-K) dan mengisi formulir", "Kelengkapan Berkas", "5 Menit", "Berkas Permohonan Klaim BPJS-K"),
                new("4", "Meneliti, mengoreksi dan memberikan paraf formulir pendaftaran BPJS-K", "Berkas Permohonan Klain BPJS-K", "5 Menit", "Permohonan Klaim BPJS-K diparaf"),
                new("5", "Pendatangan foemulir pendaftaran BPJS yang sudah memenuhi persyaratan administrasi", "Permohonan Klaim BPJS-K diparaf", "5 Menit", "Permohonan Klaim BPJS-K ditandatangani"),
                new("6", "Formulir Pendaftaran BPJS-K selesai dan diserahkan", "Permohonan Klaim BPJS-K ditandatangani", "5 Menit", "Permohonan Klaim BPJS-K diterima pemohon"),
            ]),
        new("perselisihan", "503/46/SOP.TK/DISPMPTSPTK/2024", "PENYELESAIAN PERSELISIHAN HUBUNGAN INDUSTRIALIS",
            "PENYELESAIAN PERSELISIHAN HUBUNGAN INDUSTRIALIS",
            BpjsDasarHukum, BpjsKualifikasi, "SOP Pencairan Klaim BPJS Ketenagakerjaan Program JHT", Atk, Dikembalikan, JhtPencatatan,
            [
                new("1", "Mengajukan surat permohonan penyelesaian perselisihan Hubungan Industri", "Persyaratan", "5 Menit", "Berkas Persyaratan diterima"),
                new("2", "Menerima berkas dan meneliti kelengkapan berkas pemohon", "Berkas Persyaratan", "5 Menit", "Kelengkapan Persyaratan"),
                new("3", "Memfasilitasi dan mediasi antara pekerja/buruh dengan perusahaan yang berselisih", "Berita Acara Pertemuan Bipartit", "7 Hari", "Proses bipartite antara pemohon dan perusahaan"),
                new("4", "Permohonan bantuan mediator ke Dinas Tenaga Kerja terdekat yang memiliki Mediator (masi berselisih)", "Berita Acara Pertemuan Bipartit", "7 Hari", "Proses bipartite antara pemohon dan perusahaan"),
                new("5", "Meneliti, mengoreksi dan memberikan paraf surat permohonan bantuan Mediator", "Proses permohonan bantuan mediasi", "7 Hari", "Surat permohonan bantuan mediasi"),
                new("6", "Penandatanganan surat permohonan bantuan Mediator ke Dinas Tenaga Kerja terdekat yang memediator", "Surat permohonan bantuan mediasi", "7 Hari", "Surat permohonan bantuan mediasi diparaf"),
                new("7", "Surat permohonan bantuan mediator sudah selesai dikirim ke pemohon , prusahaan dan Dinas Tenaga Kerjayang dituju.", "Surat permohonan bantuan mediasi sudah ditandatangani", "7 Hari", "Surat permohonan bantuan mediasi selesai"),
            ]),
        new("pelatihan", "503/47/SOP.TK/DISPMPTSPTK/2024", "PENYELENGGARAAN PELATIHAN", "REGISTRASI PENYELENGARAAN PELATIHAN",
            [
                "Undang-undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan",
                "Permenaker Nomor 17 / MEN / VII / 007 / 2003 tentang ijin Pendirian Pelatihan Kerja",
                "Kepnakertrans Nomor 229 / MEN / 2003 tentang Tata cara Perizinan dan Pendaftaran Lembaga Pelatihan Kerja",
            ],
            ["Memahami konsep dasar pelayanan", "Memahami konsep SOP pelayanan", "Memahami dengan baik ketentuan yang berlaku dalam pelaksanaan kegiatan"],
            "Penyelenggaraan Pelatihan", ["Alat Tulis Kantor", "Komputer dan kelengkapannya", "Kendaraan Dinas"],
            "Jika prosedur dan persyaratan tidak dipenuhi maka permohonan tidak dapat dikabulkan dan berkas dikembalikan. Bagi Lembaga Pelatihan Kerja yang tidak memperoleh ijin dari Dinas terkait, maka pelatihannya tidak diakui.",
            JhtPencatatan,
            [
                new("1", "Membuat rencana kerja.", "Jadwal kegiatan, DPA", "1 hari", "Rencana kerja kegiatan"),
                new("2", "Memeriksa dan menyetujui rencana kerja kegiatan.", "Rencana kerja kegiatan", "30 menit", "Rencana kerja kegiatan disetujui"),
                new("3", "Menginstruksikan untuk membuat surat undangan kegiatan, surat pengantar dan Keputusan Panitia", "Reencana kerja kegiatan", "5 menit", "Instruksi Kepala BKOM"),
                new("4", "Membuat konsep undangan. Konsep surat pengantar dan konsep Panitia.", "Rencana kerja kegiatan, Instruksi Kepala BKOM", "2 jam", "Konsep undangan, konsep surat pengantar dan konsep Keputusan Panitia"),
                new("5", "Memeriksa, memaraf konsep undangan dan Keputusan Panitia dan menandatangani konsep surat pengantar undangan.", "Konsep undangan, konsep surat pengantar dan konsep Keputusan Panitia", "5 menit", "Konsep undangan dan konsep Keputusan panitia diparaf dan surat pengantar ditandatangani"),
                new("6", "Mendistribusikan surat undangan sesuai tujuan Kabupaten/Kota.", "Surat undangan", "1 hari", "Tanda terima, bukti kirim surat"),
                new("7", "Menerima surat jawaban dari Kabupaten/Kota berisi nama-nama calon peserta kegiatan pelatihan.", "Surat pengantar, konsep surat undangan kegiatan dan konsep Keputusan Panitia", "1 minggu", "Nama calon peserta kegiatan pelatihan"),
                new("8", "Melaksanakan Rapat internal persiapan kegiatan pelatihan.", "Surat pengantar, konsep surat undangan kegiatan dan konsep Keputusan Panitia", "2 jam", "Hasil rapat internal persiapan kegiatan pelatihan"),
                new("9", "Melaksanakan kegiatan pelatihan.", "Surat pengantar undangan dan Keputusan Panitia.", "3 hari", "Hasil kegiatan pelatihan"),
                new("10", "Membuat laporan pelaksanaan pelatihan.", "Hasil kegiatan pelatihan", "1 hari", "Laporan pelaksanaan pelatihan"),
                new("11", "Menerima laporan pelaksanaan pelatihan", "Laporan pelaksanaan pelatihan", "5 menit", "Laporan pelaksanaan pelatihan diterima"),
            ]),
        new("ak1", "503/48/SOP.TK/DISPMPTSPTK/2024", "PENERBITAN KARTU PENCAIRI KERJA (AK1)", "REGISTRASI PENERBITAN KARTU PENCARI KERJA (AK1)",
            [
                "Kepnaker No. Kep.207/MEN/1990 tentang sistim antar kerja",
                "Kepnaker No. Kep 203/MEN/1999 tentang penempatan tenaga kerja dalam negeri",
                "Kepnakertrans No. 07/MEN/IV/2008 tentang penempatan tenaga kerja",
                "Perda No. 04 Th 2008 tentang organisasi dan tata kerja",
            ],
            ["Memahami konsep dasar pelayanan", "Memahami konsep SOP pelayanan", "Memahami ketentuan Pembuatan Kartu Kuning (AK1)", "Menguasai penguasaan Komputer"],
            "SOP Penerbitan Kartu Pencari Kerja (AK1)", Atk,
            "Jika prosedur dan persyaratan tidak dipenuhi maka permohonan tidak dapat dikabulkan dan berkas dikembalikan Apabila Kepala Bidang tidak ada maka bisa diwakilkan kasi sub bagian.",
            ["Buku Register Pendaftaran Pencari Kartu Kuning (AK1)", "FC KTP", "FC Ijazah Terakhir", "Pas Photo 3 x 4 (2 lbr)", "Pas Photo 2 x 3 (1 lbr)"],
            [
                new("1", "Mengajukan persyaratan untuk pembuatan AKI", "Persyaratan", "5 Menit", "Berkas Persyaratan diterima"),
                new("2", "Menerima berkas dan meneliti kelengkapan persyaratan administrasi", "Berkas Persyaratan", "5 Menit", "Kelengkapan Persyaratan"),
                new("3", "Input data dan proses cetak AKI", "Kelengkapan Berkas", "10 Menit", "Berkas Permohonan AKI"),
                new("4", "Meneliti, mengoreksi dan memberikan paraf", "Berkas Permohonan AKI diparaf", "5 Menit", "Permohonan AKI diparaf"),
                new("5", "Pendatangan berkas yang sudah diregistrasi", "Permohonan AKI ditandatangani", "5 Menit", "Permohonan AKI ditandatangani"),
                new("6", "AKI selesai dan diserahkan ke pemohon", "AKI", "5 Menit", "Permohonan AKI diterima pemohon"),
            ]),
        new("paspor", "503/49/SOP.TK/DISPMPTSPTK/2024", "PENERBITAN REKOMENDASI PASPOR", "REGISTRASI REKOMENDASI PASPOR",
            [
                "Undang-undang No. 39 Th. 2004 tentang penempatan perlindungan ke luar negeri",
                "Permenaker No. 22 Th. 2014 tentang penempatan dan perlindungan ke luar negeri",
                "Perda No. 04 Th. 2008 tentang organisasi dan tata kerja",
                "Perwali No. 37 Th. 2008 tentang rincian tugas fungsi Dinas Tenaga Kerja",
            ],
            ["Memahami konsep dasar pelayanan", "Memahami konsep SOP pelayanan", "Memahami ketentuan Pembuatan Rekomendasi Paspor", "Menguasai penguasaan Komputer"],
            "SOP Rekomendasi Paspor", Atk, Dikembalikan,
            [
                "Surat Pemohon", "Kartu Kuning (AK1)", "Surat Pengantar Rekrut", "Photo Copy KTP", "Photo Copy Akte Kelahiran", "Photo Copy Kartu Keluarga",
                "Photo Copy Ijazah Terakhir", "Surat Izin dari Wali", "Sertifikat Kompetensi", "Psapor Jika Ada", "Perjanjian Penempatan",
            ],
            [
                new("1", "Menerima, memeriksa dan mengagenda berkas pemohon dan melaporkan kepada kepala Dinas", "Berkas Pemohon", "15 Menit", "Berkas Persyaratan diterima"),
                new("2", "Menerima Berkas Pemohon dan Mendisposisi kepada kepala Bidang", "Berkas Pemohon dan lembar Disposisi", "10 Menit", "Kelengkapan Persyaratan"),
                new("3", "Menerim, meneliti dan mendisposisikan kepada staf", "Berkas Pemohon dan lembar Disposisi", "10 Menit", "Berkas Permohonan"),
                new("4", "Melakukan Verifikasi data, interview CTKI, Bersama Kasi dan Kabid dan membuat Rekomendasi Paspur", "Berkas Pemohon dan lembar Disposisi", "10 Menit", "Berkas Permohonan"),
                new("5", "Meneliti dan memaraf PP dan rekomendasi serta melaporkan ke kepala Bidang", "Draf PP, Rekom Paspur dan Berkas Pemohon", "5 Menit", "Permohonan PP dan Rekom Paspur diparaf"),
                new("6", "Menandatangani PP dan Rekomendasi Paspur", "Draf PP, Rekom Paspur dan Berkas Pemohon", "5 Menit", "Permohonan PP dan Rekom Paspur ditandatangani"),
                new("7", "PP dan Rekomendasi selesai dan diserahkan ke pemohon", "PP dan Rekom Paspur", "5 Menit", "Permohonan PP dan Rekom Paspur diterima pemohon"),
            ]),
    ];
}
